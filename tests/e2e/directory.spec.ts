import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { scanWithJavaScript } from "./helpers-directory";

const PARENTS = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";
const PARENTS_NL = "Ervaringsouders: hulp bij jeugdhulp en opvoeden";
const resultLinks = (page: Page) => page.getByRole("list").getByRole("heading", { level: 3 }).getByRole("link");
const countOf = async (page: Page) => Number((await page.getByRole("status").filter({ hasText: /resulta|result/ }).first().innerText()).match(/\d+/)?.[0] ?? 0);

test.describe("the directory", () => {
  test("filters work without JavaScript, live in the URL, and the back button returns", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const page = await context.newPage();
    await page.goto("/nl/aanbod?gemeente=GM0344");
    await expect(page.getByRole("heading", { level: 1, name: "Alle ondersteuners in Utrecht" })).toBeVisible();
    const all = await countOf(page);
    const option = page.getByRole("checkbox", { name: /^Ervaringsdeskundige \(\d+\)$/ });
    // The option's count, read from its label (the checkbox sits inside it).
    const expected = Number((await option.locator("xpath=..").innerText()).match(/\((\d+)\)/)?.[1]);
    await option.check();
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await expect(page).toHaveURL(/soort=experience-expert/);
    expect(await countOf(page)).toBe(expected);
    expect(expected).toBeLessThan(all);
    await expect(resultLinks(page).filter({ hasText: PARENTS_NL })).toHaveCount(1);
    const filtered = page.url();
    await page.goBack();
    await expect(page).not.toHaveURL(/soort=/);
    expect(await countOf(page)).toBe(all);
    await context.close();
    await scanWithJavaScript(browser, filtered);
  });

  test("stemming search: 'ondersteuners' finds client support ('ondersteuning')", async ({ page }) => {
    await page.goto("/nl/aanbod?gemeente=GM0344");
    await page.getByRole("searchbox", { name: "Zoek op woord" }).fill("ondersteuners");
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await expect(page).toHaveURL(/q=ondersteuners/);
    await expect(resultLinks(page).filter({ hasText: "Cliëntondersteuning Utrecht" })).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test("searching a supporter's language finds the Ervaringsouders, in Dutch and English", async ({ page }) => {
    await page.goto("/nl/aanbod?q=Turks");
    await expect(resultLinks(page).filter({ hasText: PARENTS_NL })).toHaveCount(1);
    await expectNoAxeViolations(page);
    await page.goto("/en/aanbod?q=Turkish");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(resultLinks(page).filter({ hasText: "Parents with experience" })).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test("no results: the page says which choice to remove", async ({ page }) => {
    await page.goto("/nl/aanbod?gemeente=GM0321&taal=tr&soort=formal");
    await expect(page.getByRole("heading", { name: "We vonden geen hulp met deze keuzes" })).toBeVisible();
    const advice = page.getByRole("link", { name: /^Zonder taal: \d+ resultaat|^Zonder taal: \d+ resultaten/ });
    await expect(advice).toBeVisible();
    await expectNoAxeViolations(page);
    await advice.click();
    await expect(page).not.toHaveURL(/taal=/);
    expect(await countOf(page)).toBeGreaterThan(0);
    await page.goto("/en/aanbod?gemeente=GM0321&taal=tr&soort=formal");
    await expect(page.getByRole("heading", { name: "We found no help with these choices" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a bad value in the address is skipped with a note, not an error", async ({ page }) => {
    await page.goto("/nl/aanbod?soort=tovenaar&leeftijd=-4");
    await expect(page.getByText(/We hebben iets in het adres niet begrepen/)).toBeVisible();
    expect(await countOf(page)).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });

  test("a temporarily closed service is shown as such; inactive and defunct ones never", async ({ page }) => {
    await page.goto("/nl/aanbod?q=schulden");
    const card = page.getByRole("article").filter({ hasText: "Ervaringsdeskundige: uit de schulden komen" });
    await expect(card.getByText("Tijdelijk gesloten.", { exact: true })).toBeVisible();
    await page.goto("/nl/aanbod?q=Houten-Zuid");
    await expect(resultLinks(page).filter({ hasText: "Inloopspreekuur Houten-Zuid" })).toHaveCount(0);
    await page.goto("/nl/aanbod?q=Digicafé");
    await expect(resultLinks(page).filter({ hasText: "Digicafé" })).toHaveCount(0);
  });

  test("compare three services without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const page = await context.newPage();
    await page.goto("/nl/aanbod?gemeente=GM0344");
    for (const index of [0, 1, 2]) await page.getByRole("article").nth(index).getByRole("link", { name: /^Kies om te vergelijken: / }).click();
    await expect(page.getByRole("article").nth(3)).toContainText("U hebt al 3 ondersteuners gekozen om te vergelijken.");
    await page.getByRole("link", { name: "Vergelijk 3 ondersteuners" }).click();
    await expect(page).toHaveURL(/\/nl\/vergelijk\?gemeente=GM0344&vergelijk=.*&vergelijk=.*&vergelijk=/);
    const cards = page.getByRole("region", { name: "Vergelijking van 3 ondersteuners" }).getByRole("listitem");
    await expect(cards).toHaveCount(3);
    await expect(cards.getByRole("term").filter({ hasText: "Talen" })).toHaveCount(3);
    const url = page.url();
    await context.close();
    await scanWithJavaScript(browser, url);
    await scanWithJavaScript(browser, url.replace("/nl/", "/en/"), "en-GB");
  });
});

test.describe("a service page", () => {
  test("shows everything to act on, with the supporters as people", async ({ page }) => {
    await page.goto(`/nl/aanbod/${PARENTS}`);
    await expect(page.getByRole("heading", { level: 1, name: PARENTS_NL })).toBeVisible();
    await expect(page.getByRole("link", { name: "Bel 030 799 14 10" })).toHaveAttribute("href", "tel:+31307991410");
    await expect(page.getByRole("heading", { level: 3, name: "Ayşe K." })).toBeVisible();
    await expect(page.getByText(/Spreekt: .*Turks/).first()).toBeVisible();
    await expect(page.getByText("Zonder afspraak binnenlopen kan op:").first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Als uw vraag ingewikkeld wordt" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/en/aanbod/${PARENTS}`);
    await expect(page.getByRole("heading", { level: 1, name: /Parents with experience/ })).toBeVisible();
    await expect(page.getByText(/Speaks: .*Turkish/).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("an unknown service gives a real 404 page without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const page = await context.newPage();
    const response = await page.goto("/nl/aanbod/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
    const url = page.url();
    await context.close();
    await scanWithJavaScript(browser, url);
  });

  test("report an error: invalid gives field messages, valid is sent, too many are refused", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const page = await context.newPage();
    await page.goto(`/nl/aanbod/${PARENTS}`);
    await page.getByLabel("Wat klopt er niet?").fill("kort");
    await page.getByLabel("Uw e-mailadres (niet verplicht)").fill("geen-adres");
    await page.getByRole("button", { name: "Verstuur melding" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Uw melding is niet verstuurd" })).toBeVisible();
    const message = page.getByLabel("Wat klopt er niet?");
    await expect(message).toHaveAttribute("aria-invalid", "true");
    await expect(message).toHaveAccessibleDescription(/Schrijf minstens 10 tekens/);
    await expect(page.getByLabel("Uw e-mailadres (niet verplicht)")).toHaveAccessibleDescription(/Dit is geen goed e-mailadres/);
    await scanWithJavaScript(browser, page.url());

    const statuses: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.getByLabel("Wat klopt er niet?").fill(`De inlooptijd op woensdag klopt niet meer (${i}).`);
      await page.getByLabel("Uw e-mailadres (niet verplicht)").fill("");
      await page.getByRole("button", { name: "Verstuur melding" }).click();
      statuses.push(await page.locator("#report-title ~ [role=status]").innerText());
    }
    expect(statuses.slice(0, 5)).toEqual(Array(5).fill("Dank u wel. Uw melding is verstuurd."));
    expect(statuses[5]).toBe("U hebt al veel meldingen gestuurd. Probeer het over een uur opnieuw.");
    await context.close();
  });
});

test.describe("the leaflet", () => {
  test("lists a municipality's supporters for print, in Dutch and English", async ({ page }) => {
    await page.goto("/nl/folder?gemeente=GM0344");
    await expect(page.getByRole("heading", { level: 1, name: "Cliëntondersteuning in Utrecht" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: PARENTS_NL })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Ervaringsdeskundige: uit de schulden komen" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Toon hulp" })).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await page.goto("/en/folder?gemeente=GM0344");
    await expect(page.getByRole("heading", { level: 1, name: "Client support in Utrecht" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("small screens and the language switch", () => {
  test("pages fit 320 px without sideways scrolling", async ({ browser }) => {
    const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const url of ["/nl", "/nl/aanbod?gemeente=GM0344", `/nl/aanbod/${PARENTS}`, "/en/folder?gemeente=GM0344"]) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    await expectNoAxeViolations(page);
    await context.close();
  });

  test("switching language keeps every filter", async ({ page }) => {
    await page.goto("/nl/aanbod?gemeente=GM0344&soort=formal&soort=volunteer");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/aanbod\?/);
    const url = new URL(page.url());
    expect(url.searchParams.getAll("soort").sort()).toEqual(["formal", "volunteer"]);
    await expect(page.getByRole("checkbox", { name: /^Volunteer \(\d+\)$/ })).toBeChecked();
  });
});
