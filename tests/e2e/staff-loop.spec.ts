import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createUsers, signedIn, users, withoutJavaScript, YOUTH_SERVICE } from "./staff-users";

test.beforeAll(() => createUsers());

const OTHER_SERVICE_NAME = "Cliëntondersteuning voor ouders en jongeren";

/** The handover form with what a provider needs to act; returns the new handover's id. */
async function handOver(page: Page, name: string, extra: (page: Page) => Promise<void> = async () => {}): Promise<string> {
  await page.getByLabel("Naam van de inwoner").fill(name);
  await page.getByLabel("Telefoonnummer").fill("06 12345678");
  await page.getByLabel("De vraag, in de woorden van de inwoner").fill("Mijn dochter wacht al lang op hulp bij school.");
  await extra(page);
  await page.getByLabel("De inwoner is het hiermee eens").check();
  await page.getByRole("button", { name: "Verbinden" }).click();
  await expect(page).toHaveURL(/\/nl\/werk\/overdrachten\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

const timeline = (page: Page) => page.getByRole("region", { name: "Wat er is gebeurd" });

async function noScriptAs(browser: Browser, role: "staff" | "provider") {
  return withoutJavaScript(browser, (await signedIn(browser, role)).context);
}

test("a handover with the new fields is opened, accepted, assigned, contacted and closed; both sides see one timeline", async ({ browser }) => {
  const staff = await signedIn(browser, "staff");
  const page = staff.page;
  await page.goto(`/nl/werk/verbinden/${YOUTH_SERVICE}`);
  await expect(page.getByRole("heading", { level: 1, name: "Inwoner verbinden" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The consent is read out in the resident's language (English here), chosen before typing.
  await page.getByLabel("In welke taal leest u de toestemming voor?").selectOption("en");
  await page.getByRole("button", { name: "Toon in deze taal" }).click();
  await expect(page).toHaveURL(/taal=en/);
  await expect(page.getByText(/I agree that the neighbourhood team/)).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);

  // Urgent without a reason: a clear message, nothing sent, what was typed stays.
  await page.getByLabel("Naam van de inwoner").fill("Joram Kuiper");
  await page.getByRole("group", { name: "Is het dringend?" }).getByLabel("Ja").check();
  await page.getByLabel("De inwoner is het hiermee eens").check();
  await page.getByRole("button", { name: "Verbinden" }).click();
  await expect(page.getByText("Schrijf op waarom het dringend is.").first()).toBeVisible();
  await expect(page.getByLabel("Naam van de inwoner")).toHaveValue("Joram Kuiper");
  await expectNoAxeViolations(page);

  const id = await handOver(page, "Joram Kuiper", async (form) => {
    await form.getByLabel("In welke taal wil de inwoner praten?").selectOption("tr");
    await form.getByLabel("De inwoner heeft een tolk nodig").check();
    await form.getByLabel("Ochtend (9 tot 12 uur)").check();
    await form.getByRole("group", { name: "Is het veilig om de inwoner terug te bellen?" }).getByLabel("Nee").check();
    await form.getByRole("group", { name: "Is het dringend?" }).getByLabel("Ja").check();
    await form.getByLabel("Waarom is het dringend?").fill("De school dreigt met schorsing.");
  });
  const number = (await page.getByText(/^Aanvraagnummer: /).textContent())!.replace("Aanvraagnummer: ", "");
  await expect(timeline(page).getByText("Verstuurd")).toBeVisible();
  await expectNoAxeViolations(page);

  // The provider's inbox: a list with the number, urgency, status and supporter.
  const provider = await signedIn(browser, "provider");
  const inbox = provider.page;
  await expect(inbox).toHaveURL(/\/nl\/werk\/inbox$/);
  const row = inbox.getByRole("row").filter({ hasText: "Joram Kuiper" });
  await expect(row.getByText("Dringend")).toBeVisible();
  await expect(row.getByText("Verstuurd, nog geen antwoord")).toBeVisible();
  await expect(row.getByText("Nog niemand")).toBeVisible();
  await expectNoAxeViolations(inbox);
  await row.getByRole("link", { name: `Aanvraag ${number} openen` }).click();

  // Opening it marks it opened, once, with who.
  await expect(inbox.getByRole("heading", { level: 1, name: `Aanvraag ${number}` })).toBeVisible();
  await expect(timeline(inbox).getByText("Geopend door de aanbieder")).toBeVisible();
  await expect(timeline(inbox).getByText(users.provider.name)).toBeVisible();
  await expect(inbox.getByText("De school dreigt met schorsing.")).toBeVisible();
  await expect(inbox.getByText(/Turks, met een tolk/)).toBeVisible();
  await expect(inbox.getByText(/I agree that the neighbourhood team/)).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(inbox);
  await inbox.reload();
  await expect(timeline(inbox).getByText("Geopend door de aanbieder")).toHaveCount(1);

  await inbox.getByRole("button", { name: "Accepteren" }).click();
  await expect(timeline(inbox).getByText("Geaccepteerd")).toBeVisible();
  await inbox.getByLabel("Wie van uw dienst helpt de inwoner?").selectOption({ label: "Ayşe K." });
  await inbox.getByRole("button", { name: "Toewijzen" }).click();
  await expect(timeline(inbox).getByText("Toegewezen aan Ayşe K.")).toBeVisible();
  await inbox.getByRole("button", { name: "Eerste contact gehad" }).click();
  await expect(timeline(inbox).getByText("Eerste contact gehad")).toBeVisible();
  // Closing needs an outcome.
  await inbox.getByRole("button", { name: "Afsluiten" }).click();
  await expect(inbox.getByText("Kies hoe het is afgelopen.").first()).toBeVisible();
  await expectNoAxeViolations(inbox);
  await inbox.getByLabel("De inwoner krijgt ondersteuning").check();
  await inbox.getByRole("button", { name: "Afsluiten" }).click();
  await expect(timeline(inbox).getByText("Afgesloten: De inwoner krijgt ondersteuning")).toBeVisible();
  await expectNoAxeViolations(inbox);
  await inbox.goto("/nl/werk/inbox");
  await expect(inbox.getByRole("row").filter({ hasText: "Joram Kuiper" }).getByText("Ayşe K.")).toBeVisible();
  // The same page in English.
  await inbox.goto(`/en/werk/inbox/${id}`);
  await expect(inbox.getByRole("heading", { level: 1, name: `Request ${number}` })).toBeVisible();
  await expect(inbox.getByRole("region", { name: "What happened" }).getByText("Closed: The resident gets support")).toBeVisible();
  await expectNoAxeViolations(inbox);
  await provider.context.close();

  // The wijkteam sees the same timeline and the supporter's name.
  await page.goto(`/nl/werk/overdrachten/${id}`);
  await expect(page.getByRole("region", { name: "Bij de aanbieder" }).getByText("Ayşe K.")).toBeVisible();
  for (const step of ["Verstuurd", "Geopend door de aanbieder", "Geaccepteerd", "Toegewezen aan Ayşe K.", "Eerste contact gehad", "Afgesloten: De inwoner krijgt ondersteuning"]) {
    await expect(timeline(page).getByText(step, { exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await staff.context.close();
});

test("after a decline with a reason, staff connect again to another service with the details carried over", async ({ browser }) => {
  const staff = await signedIn(browser, "staff");
  const page = staff.page;
  await page.goto(`/nl/werk/verbinden/${YOUTH_SERVICE}`);
  const first = await handOver(page, "Mila Smit", async (form) => {
    await form.getByLabel("Avond (17 tot 20 uur)").check();
  });

  // Seeing the inbox does not open a request: only opening its own page does.
  const provider = await signedIn(browser, "provider");
  await provider.page.waitForLoadState("networkidle");
  await page.reload();
  await expect(timeline(page).getByText("Geopend door de aanbieder")).toHaveCount(0);
  await provider.page.goto(`/nl/werk/inbox/${first}`);
  await provider.page.getByRole("button", { name: "Afwijzen" }).click();
  await expect(provider.page.getByText("Kies waarom u niet kunt helpen.").first()).toBeVisible();
  await expect(provider.page.getByText("Schrijf op waarom u afwijst. Het wijkteam ziet de reden.").first()).toBeVisible();
  await provider.page.getByRole("group", { name: "Waarom kunt u niet helpen?" }).getByLabel("Wij hebben nu geen plek").check();
  await provider.page.getByLabel("Reden als u afwijst").fill("Geen plek tot maart.");
  await provider.page.getByRole("button", { name: "Afwijzen" }).click();
  await expect(timeline(provider.page).getByText("Afgewezen: Wij hebben nu geen plek")).toBeVisible();
  await expectNoAxeViolations(provider.page);
  await provider.context.close();

  await page.reload();
  await expect(page.getByText("Geen plek tot maart.")).toBeVisible();
  await page.getByRole("link", { name: "Verbind opnieuw" }).click();
  await expect(page).toHaveURL(/\/nl\/werk\?opnieuw=/);
  await expect(page.getByText("U verbindt opnieuw na een afwijzing.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Zoekwoorden").fill("ouders en jongeren");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await page.getByRole("link", { name: `Verbinden met ${OTHER_SERVICE_NAME}` }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Opnieuw verbinden" })).toBeVisible();
  await expect(page.getByLabel("Naam van de inwoner")).toHaveValue("Mila Smit");
  await expect(page.getByLabel("Telefoonnummer")).toHaveValue("06 12345678");
  await expect(page.getByLabel("Avond (17 tot 20 uur)")).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Verbinden" }).click();
  await expect(page.getByText("Zonder toestemming van de inwoner kunt u niet verbinden.", { exact: false }).first()).toBeVisible();
  await page.getByLabel("De inwoner geeft nog steeds toestemming, ook voor deze dienst").check();
  await page.getByRole("button", { name: "Verbinden" }).click();
  await expect(page).toHaveURL(/\/nl\/werk\/overdrachten\/[0-9a-f-]{36}$/);
  const second = page.url().split("/").pop()!;
  expect(second).not.toBe(first);
  await expect(page.getByText(OTHER_SERVICE_NAME, { exact: false }).first()).toBeVisible();
  await page.getByRole("link", { name: /^Eerder afgewezen: aanvraag / }).click();
  await expect(page).toHaveURL(new RegExp(`/werk/overdrachten/${first}$`));
  await expect(timeline(page).getByRole("link", { name: /^Opnieuw verbonden: aanvraag / })).toBeVisible();
  await expect(page.getByRole("link", { name: "Verbind opnieuw" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await staff.context.close();
});

test("the handover form and the provider's request page work without JavaScript", async ({ browser }) => {
  const staff = await noScriptAs(browser, "staff");
  await staff.page.goto(`/nl/werk/verbinden/${YOUTH_SERVICE}`);
  const id = await handOver(staff.page, "Tess de Wit", async (form) => {
    await form.getByRole("group", { name: "Is het dringend?" }).getByLabel("Ja").check();
    await form.getByLabel("Waarom is het dringend?").fill("Deurwaarder komt vrijdag.");
  });
  await staff.context.close();

  const provider = await noScriptAs(browser, "provider");
  await provider.page.goto(`/nl/werk/inbox/${id}`);
  await expect(timeline(provider.page).getByText("Geopend door de aanbieder")).toBeVisible();
  await provider.page.getByRole("button", { name: "Accepteren" }).click();
  await expect(timeline(provider.page).getByText("Geaccepteerd")).toBeVisible();
  await provider.page.getByLabel("Wie van uw dienst helpt de inwoner?").selectOption({ label: "Ayşe K." });
  await provider.page.getByRole("button", { name: "Toewijzen" }).click();
  await expect(timeline(provider.page).getByText("Toegewezen aan Ayşe K.")).toBeVisible();
  await provider.context.close();
});
