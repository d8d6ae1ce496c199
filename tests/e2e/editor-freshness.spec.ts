import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createUsers, signedIn, withoutJavaScript } from "./staff-users";

test.beforeAll(() => createUsers());
// Each journey visits several pages with an axe scan on each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

// Issue 9, points 5, 7 and 9: checking a service, residents' reports, the editor's dashboard.
const HOUTEN_ADVISER = { id: "5e4ff516-9f7d-5f41-97d2-9cf26b1a4a3a", name: "Ouderenadviseur Houten" };
const NIEUWEGEIN_ADVISER = { id: "30b1638f-e245-5e05-a72e-05c0055ee8c2", name: "Ouderenadviseur Nieuwegein" };
const ADMINISTRATION = { id: "bb9ca5db-da8a-55c0-b378-4913808e932b", name: "Thuisadministratie: hulp bij uw post en rekeningen" };
const STALE = "Deze informatie is langer dan een jaar niet gecontroleerd. Bel eerst voordat u gaat.";

const today = () => new Intl.DateTimeFormat("nl", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" }).format(new Date());

async function residentSees(page: Page, id: string) {
  await page.goto(`/nl/aanbod/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test("an editor marks a stale service checked, and the resident's page shows today's date", async ({ browser }) => {
  const resident = await browser.newContext({ locale: "nl-NL" });
  const residentPage = await resident.newPage();
  await residentSees(residentPage, HOUTEN_ADVISER.id);
  await expect(residentPage.getByText(STALE)).toBeVisible();
  await expect(residentPage.getByText("Informatie gecontroleerd op 3 juni 2025")).toBeVisible();
  await expectNoAxeViolations(residentPage);
  // The directory card says it too, compactly.
  await residentPage.goto("/nl/aanbod?gemeente=GM0321");
  const card = residentPage.getByRole("listitem").filter({ has: residentPage.getByRole("link", { name: HOUTEN_ADVISER.name, exact: true }) });
  await expect(card.getByText("Niet recent gecontroleerd. Bel eerst.")).toBeVisible();

  const { context, page } = await signedIn(browser, "editor");
  await page.goto("/nl/beheer/controleren");
  await expect(page.getByRole("heading", { level: 1, name: "Controleren" })).toBeVisible();
  await page.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Houten" });
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page).toHaveURL(/gemeente=GM0321/);
  await expect(page.getByRole("row", { name: new RegExp(HOUTEN_ADVISER.name) })).toBeVisible();
  await expect(page.getByRole("row", { name: /Ouderenadviseur Nieuwegein/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: `${HOUTEN_ADVISER.name} aanpassen` })).toHaveAttribute("href", `/nl/beheer/diensten/${HOUTEN_ADVISER.id}`);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: `${HOUTEN_ADVISER.name}: gecontroleerd, klopt nog` }).click();
  await expect(page).toHaveURL(new RegExp(`gemeente=GM0321&gecontroleerd=${HOUTEN_ADVISER.id}`), { timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: `${HOUTEN_ADVISER.name} is gecontroleerd.` })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(HOUTEN_ADVISER.name) })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await context.close();

  await residentSees(residentPage, HOUTEN_ADVISER.id);
  await expect(residentPage.getByText(`Informatie gecontroleerd op ${today()}`)).toBeVisible();
  await expect(residentPage.getByText(STALE)).toHaveCount(0);
  await resident.close();
});

test("the check works without JavaScript too", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, (await signedIn(browser, "editor")).context);
  await page.goto("/nl/beheer/controleren?gemeente=GM0356");
  await page.getByRole("button", { name: `${NIEUWEGEIN_ADVISER.name}: gecontroleerd, klopt nog` }).click();
  await expect(page.getByText(`${NIEUWEGEIN_ADVISER.name} is gecontroleerd.`)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(NIEUWEGEIN_ADVISER.name) })).toHaveCount(0);
  await context.close();
});

test("a resident's report reaches the queue; the editor opens the record from it and resolves it with words", async ({ browser, baseURL }) => {
  // directory.spec.ts uses up the reports an address may send in an hour (127.0.0.1) when it
  // runs in the same shard: this resident comes from another address of this machine (::1),
  // as a second resident would, whichever shard the two specs are in.
  const resident = await browser.newContext({ locale: "nl-NL", baseURL: baseURL?.replace("127.0.0.1", "[::1]") });
  const residentPage = await resident.newPage();
  await residentSees(residentPage, ADMINISTRATION.id);
  await residentPage.getByLabel("Wat klopt er niet?").fill("Het telefoonnummer op deze pagina klopt niet meer.");
  await residentPage.getByRole("button", { name: "Verstuur melding" }).click();
  await expect(residentPage.getByText("Dank u wel. Uw melding is verstuurd.")).toBeVisible();
  await resident.close();

  const { context, page } = await signedIn(browser, "editor");
  await page.goto("/nl/beheer");
  // The dashboard counts the open reports and shows only the five oldest (other journeys may
  // have sent some before this one), each linked to the editor's page of its service.
  const reports = page.getByRole("region", { name: /Open meldingen van inwoners/ });
  await expect(reports.getByRole("heading", { level: 2, name: /^Open meldingen van inwoners \(\d+\)$/ })).toBeVisible();
  await expect(reports.getByRole("link").first()).toHaveAttribute("href", /\/nl\/beheer\/(diensten|meldingen)/);
  await page.getByRole("navigation", { name: "Naar" }).getByRole("link", { name: "Meldingen van inwoners" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meldingen van inwoners" })).toBeVisible();
  const report = page.getByRole("article", { name: ADMINISTRATION.name }).filter({ hasText: "Het telefoonnummer op deze pagina klopt niet meer." });
  await expect(report).toBeVisible();
  await expectNoAxeViolations(page);

  // The record the report is about: the editor's page of the service, and back.
  await report.getByRole("link", { name: "Open de dienst om aan te passen" }).click();
  await expect(page).toHaveURL(new RegExp(`/nl/beheer/diensten/${ADMINISTRATION.id}$`));
  await page.goBack();

  // Words are required.
  await report.getByRole("button", { name: "Opslaan" }).click();
  await expect(report.getByText("Schrijf op wat u heeft gedaan, of waarom niets.").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await report.getByLabel("Wat heeft u gedaan, of waarom niets?").fill("Telefoonnummer aangepast in het aanbod.");
  await report.getByRole("button", { name: "Opslaan" }).click();
  await expect(page).toHaveURL(/afgehandeld=resolved/, { timeout: 20_000 });
  await expect(page.getByText("De melding is opgelost.")).toBeVisible();

  await page.getByRole("link", { name: "Afgehandeld", exact: true }).click();
  await expect(page).toHaveURL(/lijst=done/);
  const done = page.getByRole("article", { name: ADMINISTRATION.name }).filter({ hasText: "Telefoonnummer aangepast in het aanbod." });
  await expect(done.getByText("opgelost", { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});

test("the dashboard shows each section with its first rows and the way to its full list", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "editor");
  await page.goto("/nl/beheer");
  await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
  for (const section of [
    "Concepten die wachten",
    "Te controleren",
    "Open meldingen van inwoners",
    "Wijzigingen door aanbieders deze week",
    "Nemen geen nieuwe cliënten",
    "Tijdelijk gesloten",
    "Gemeenten waar een soort hulp ontbreekt",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${section} \\(\\d+\\)$`) })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Aanbod en vraag" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("region", { name: /Te controleren/ }).getByRole("link", { name: /^Bekijk alles/ }).click();
  await expect(page).toHaveURL(/\/nl\/beheer\/controleren$/);
  await page.goBack();
  await page.getByRole("region", { name: /Tijdelijk gesloten/ }).getByRole("link", { name: /^Bekijk alles/ }).click();
  await expect(page).toHaveURL(/\/nl\/beheer\/beschikbaarheid\?lijst=gesloten$/);
  await expect(page.getByRole("heading", { level: 2, name: "Tijdelijk gesloten" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Tijdelijk gesloten" }).getByRole("row")).not.toHaveCount(1);
  await expectNoAxeViolations(page);
  await context.close();

  // English, and an admin without the editor's data role: no residents' reports on the dashboard.
  const admin = await signedIn(browser, "admin", "en");
  await admin.page.goto("/en/beheer");
  await expect(admin.page.getByRole("heading", { level: 2, name: /^To check \(\d+\)$/ })).toBeVisible();
  await expect(admin.page.getByRole("heading", { name: /Open reports from residents/ })).toHaveCount(0);
  await expectNoAxeViolations(admin.page);
  await admin.context.close();
});
