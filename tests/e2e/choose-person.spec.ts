import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { scanWithJavaScript } from "./helpers-directory";
import { createUsers, signedIn } from "./staff-users";

// A service of the provider account's organization (staff-users.ts) that no other journey sends requests to:
// the e2e server accepts two residents' requests per service an hour (playwright.config.ts).
const SERVICE = "73eff5f9-5e74-5b70-9dd3-323feb9fa939";
const SHIRLEY = "9268a57c-76fe-5141-b432-0888710d29d8";
const AYSE_OF_ANOTHER_SERVICE = "5f0072a9-ac44-552d-bfd0-2df43c913884";
const sent: Record<"nl" | "en", string> = { nl: "", en: "" };

// Long journeys with an axe scan on every page, on a machine shared with other builds.
test.describe.configure({ mode: "serial", timeout: 180_000 });
test.beforeAll(() => createUsers());

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** The confirmation page's address: the request number and nothing about the person. */
async function expectConfirmation(page: Page, locale: "nl" | "en", typed: string[]): Promise<string> {
  await expect(page).toHaveURL(new RegExp(`/${locale}/contact/${SERVICE}/verstuurd\\?nummer=[0-9A-F]{4}-[0-9A-F]{4}$`));
  for (const text of typed) expect(decodeURIComponent(page.url())).not.toContain(text);
  return new URL(page.url()).searchParams.get("nummer") ?? "";
}

test("nl, with JavaScript: choose Shirley on the service page, send a request a provider can act on, see what happens next", async ({ page }) => {
  await page.goto(`/nl/aanbod/${SERVICE}`);
  await expect(page.getByRole("button", { name: "Laat mij bellen of mailen" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Kies Shirley" }).click();

  await expect(page).toHaveURL(new RegExp(`/nl/contact/${SERVICE}\\?ondersteuner=${SHIRLEY}$`));
  await expect(page.getByRole("heading", { name: "U koos Shirley" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing filled in: the error summary takes the focus and links to each field.
  await page.getByRole("button", { name: "Verstuur" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Uw naam (verplicht)" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Uw vraag, in uw eigen woorden (verplicht)" })).toHaveAttribute("href", "#question");
  await expectNoAxeViolations(page);
  await expect(summary.getByRole("link", { name: "Uw naam (verplicht)" })).toHaveAttribute("href", "#residentName");
  await expect(page.locator("#residentName")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Uw naam").fill("Hatice Demir");
  await page.getByLabel("Telefoonnummer").fill("06 11223344");
  await page.getByLabel("Uw vraag, in uw eigen woorden").fill("Ik wil praten over de verslaving van mijn broer.");
  await page.getByLabel("In welke taal wilt u praten?").selectOption({ label: "Turks" });
  await page.getByLabel("Ik heb een tolk nodig").check();
  await page.getByRole("group", { name: "Wanneer kunnen we u het best bellen?" }).getByLabel("Avond (17 tot 20 uur)").check();
  await page.getByRole("group", { name: "Is het veilig als we u terugbellen?" }).getByRole("radio", { name: "Ja", exact: true }).check();
  await page.getByRole("group", { name: "Mogen we een bericht inspreken" }).getByRole("radio", { name: "Nee", exact: true }).check();
  await page.getByLabel("Ja, ik geef toestemming").check();
  await page.getByRole("button", { name: "Verstuur" }).click();

  sent.nl = await expectConfirmation(page, "nl", ["Hatice", "11223344", "broer"]);
  await expect(page.getByRole("heading", { level: 1, name: "Uw aanvraag is verstuurd" })).toBeVisible();
  await expect(page.getByText(`Uw nummer is ${sent.nl}.`)).toBeVisible();
  await expect(page.getByText(/neemt contact met u op, uiterlijk op \w+dag \d+ \w+\. Dat is binnen 3 werkdagen\./)).toBeVisible();
  await expect(page.getByRole("link", { name: "Bel 030 799 14 20" })).toHaveAttribute("href", "tel:+31307991420");
  await expectNoAxeViolations(page);

  // When the municipality is known (the resident shared the vraagwijzer's answers), its team is offered in the one block that says it decides.
  await page.goto(`${page.url()}&gemeente=GM0344`);
  await expect(page.getByText("U kunt ook het team van uw gemeente bellen.")).toBeVisible();
  const team = page.getByRole("region", { name: "Hulp aanvragen bij de gemeente: dit team beslist" });
  await expect(team.getByRole("heading", { level: 3 })).toBeVisible();
  await expect(team.getByRole("link", { name: "Bel 030 799 10 00" })).toHaveAttribute("href", "tel:+31307991000");
  await expectNoAxeViolations(page);
});

test("en, without JavaScript: choose a person, fix the form after a round trip, land on the confirmation page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
  const page = await context.newPage();
  // axe needs JavaScript: each page is scanned again in a context with it (the error state is scanned in nl).
  const visited: string[] = [];
  await page.goto(`/en/aanbod/${SERVICE}`);
  visited.push(page.url());
  await page.getByRole("button", { name: "Choose Bram" }).click();
  await expect(page.getByRole("heading", { name: "You chose Bram" })).toBeVisible();
  visited.push(page.url());

  // The page comes back from the post with the errors, what was chosen kept, and the summary focused (autofocus).
  await page.getByLabel("Your name").fill("Jan Smit");
  await page.getByRole("group", { name: "When is the best time to call you?" }).getByLabel("Morning (9:00 to 12:00)").check();
  await page.getByRole("group", { name: "When is the best time to call you?" }).getByLabel("Afternoon (12:00 to 17:00)").check();
  await page.getByRole("button", { name: "Send" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Your question, in your own words (required)" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Phone number" })).toHaveAttribute("href", "#residentPhone");
  await expect(page.getByLabel("Your name")).toHaveValue("Jan Smit");
  await expect(page.getByLabel("Morning (9:00 to 12:00)")).toBeChecked();
  await expect(page.getByLabel("Afternoon (12:00 to 17:00)")).toBeChecked();

  await page.getByLabel("Email address").fill("jan.smit@example.nl");
  await page.getByLabel("Your question, in your own words").fill("I would like someone to listen.");
  await page.getByLabel("Yes, I agree").check();
  await page.getByRole("button", { name: "Send" }).click();
  sent.en = await expectConfirmation(page, "en", ["Jan", "smit", "listen"]);
  await expect(page.getByRole("heading", { level: 1, name: "Your request has been sent" })).toBeVisible();
  await expect(page.getByText(/within 3 working days/)).toBeVisible();
  visited.push(page.url());
  await context.close();
  for (const url of visited) await scanWithJavaScript(browser, url, "en-GB");
});

test("the provider sees both requests in the inbox, with the person asked for and what helps to act on them", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "provider");
  await expect(page).toHaveURL(/\/nl\/werk\/inbox$/);
  const hatice = page.getByRole("article").filter({ hasText: "Hatice Demir" });
  await expect(hatice.getByText(`Nummer ${sent.nl}`)).toBeVisible();
  await expect(hatice.getByText(/Beantwoorden uiterlijk op/)).toBeVisible();
  for (const [term, value] of [
    ["Gevraagde ondersteuner", "Shirley"],
    ["Taal", "Turks, met een tolk"],
    ["Bellen", "Avond (17 tot 20 uur)"],
    ["Veilig om terug te bellen", "Ja"],
    ["Veilig om een bericht in te spreken", "Nee, niet doen"],
  ] as const) {
    await expect(hatice.getByRole("term").filter({ hasText: exactly(term) })).toBeVisible();
    await expect(hatice.getByRole("definition").filter({ hasText: exactly(value) })).toBeVisible();
  }
  const jan = page.getByRole("article").filter({ hasText: "Jan Smit" });
  await expect(jan.getByRole("definition").filter({ hasText: /^Bram$/ })).toBeVisible();
  await expect(jan.getByRole("definition").filter({ hasText: /^Ochtend \(9 tot 12 uur\), Middag \(12 tot 17 uur\)$/ })).toBeVisible();
  await expect(jan.getByRole("definition").filter({ hasText: /^Niet gezegd: wees voorzichtig$/ })).toHaveCount(2);
  await expectNoAxeViolations(page);
  await context.close();
});

test("a flooded service refuses politely and stores nothing; another service's person in the address is ignored", async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled, locale: "nl-NL" });
    const page = await context.newPage();
    // Ayşe works for another service: the contact page opens calmly, without "U koos".
    const response = await page.goto(`/nl/contact/${SERVICE}?ondersteuner=${AYSE_OF_ANOTHER_SERVICE}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: /U koos/ })).toHaveCount(0);
    await page.getByLabel("Uw naam").fill("Derde Persoon");
    await page.getByLabel("E-mailadres").fill("derde@example.nl");
    await page.getByLabel("Uw vraag, in uw eigen woorden").fill("Nog een vraag.");
    await page.getByLabel("Ja, ik geef toestemming").check();
    await page.getByRole("button", { name: "Verstuur" }).click();
    await expect(page.getByText("Deze hulp krijgt nu veel aanvragen. Uw aanvraag is niet verstuurd.", { exact: false })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/nl/contact/${SERVICE}`));
    await expect(page.getByLabel("Uw naam")).toHaveValue("Derde Persoon");
    if (javaScriptEnabled) await expectNoAxeViolations(page);
    await context.close();
  }
  const { context, page } = await signedIn(browser, "provider");
  await expect(page.getByRole("heading", { name: /Hatice Demir/ })).toBeVisible();
  await expect(page.getByText("Derde Persoon")).toHaveCount(0);
  await context.close();
});

test("the vraagwijzer's answers can go along in plain words, only when ticked", async ({ page }) => {
  await page.goto(`/nl/contact/${SERVICE}?voor=self&gemeente=GM0344&onderwerp=work-income&ondersteuner=${SHIRLEY}`);
  const shared = page.getByRole("group", { name: "Uw antwoorden uit de vraagwijzer" });
  await expect(shared.getByText("Utrecht")).toBeVisible();
  await expect(shared.getByLabel("Stuur mijn antwoorden uit de vraagwijzer mee")).not.toBeChecked();
  await expect(page.getByRole("heading", { name: "U koos Shirley" })).toBeVisible();
  await expectNoAxeViolations(page);
});
