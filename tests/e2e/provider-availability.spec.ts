import { expect as baseExpect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createUsers, signedIn, withoutJavaScript, YOUTH_SERVICE } from "./staff-users";

test.beforeAll(() => createUsers());
// The provider's page holds a small form for each walk-in hour: axe takes its time on a busy machine.
test.describe.configure({ timeout: 180_000 });
// A save through the catalogue's writer can take seconds on a machine shared with other runs.
const expect = baseExpect.configure({ timeout: 30_000 });

const YOUTH_NAME = "Ervaringsouders: hulp bij jeugdhulp en opvoeden";
// Also the demo provider's organization's: closed and opened again in this journey.
const CHRONIC_SERVICE = "5d839924-859b-5a54-8cd6-0843156c0e37";
const CHRONIC_NAME = "Leven met hersenletsel of een chronische ziekte: een ervaringsdeskundige helpt";
// Another organization's service (waiting time 10 days in the demo catalogue).
const OTHER_SERVICE = "1cbed79e-6e08-52e8-9dd8-47bd9d3ca0f1";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("the provider changes the waiting time of its own service and a resident sees it at once", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "provider");
  await page.goto("/nl/werk/aanbod");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn aanbod" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Mijn aanbod", exact: true })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: `Wijzig ${YOUTH_NAME}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: YOUTH_NAME })).toBeVisible();
  await expectNoAxeViolations(page);

  // A wrong value: a message at the field, nothing saved.
  await page.getByLabel("Wachttijd in dagen").fill("twee weken");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText("Vul een heel getal in, 0 of meer.").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Wachttijd in dagen").fill("12");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText("Opgeslagen. Inwoners zien het nu.")).toBeVisible();
  await expect(page.getByLabel("Wachttijd in dagen")).toHaveValue("12");

  const resident = await browser.newContext({ locale: "nl-NL" });
  const residentPage = await resident.newPage();
  await residentPage.goto(`/nl/aanbod/${YOUTH_SERVICE}`);
  await expect(residentPage.getByText("Ongeveer 12 dagen")).toBeVisible();

  // The list shows the new waiting time too.
  await page.goto("/nl/werk/aanbod");
  await expect(page.getByRole("row", { name: new RegExp(YOUTH_NAME.slice(0, 20)) }).getByText("12 dagen")).toBeVisible();
  await resident.close();
  await context.close();
});

test("another organization's service is refused, by its page and by a post, and nothing changes", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, (await signedIn(browser, "provider")).context);
  await page.goto(`/nl/werk/aanbod/${OTHER_SERVICE}`);
  await expect(page.getByRole("heading", { level: 1, name: "Dienst niet gevonden" })).toBeVisible();
  await expect(page.getByLabel("Wachttijd in dagen")).toHaveCount(0);

  // A form of its own service, posted with the other service's id: refused.
  await page.goto(`/nl/werk/aanbod/${YOUTH_SERVICE}`);
  const intake = page.locator("form").filter({ has: page.locator('input[name="change"][value="intake"]') });
  await intake.locator('input[name="serviceId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), OTHER_SERVICE);
  await page.getByLabel("Wachttijd in dagen").fill("99");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText("Deze dienst bestaat niet of is niet van uw organisatie. Er is niets veranderd.")).toBeVisible();

  const resident = await browser.newContext({ locale: "nl-NL" });
  const residentPage = await resident.newPage();
  await residentPage.goto(`/nl/aanbod/${OTHER_SERVICE}`);
  await expect(residentPage.getByText("Ongeveer 10 dagen")).toBeVisible();
  await expect(residentPage.getByText("Ongeveer 99 dagen")).toHaveCount(0);
  await resident.close();
  await context.close();
});

test("closing temporarily with a reason, without JavaScript, shows residents why and until when; opening again", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, (await signedIn(browser, "provider")).context);
  await page.goto(`/nl/werk/aanbod/${CHRONIC_SERVICE}`);
  await expect(page.getByRole("heading", { level: 1, name: CHRONIC_NAME })).toBeVisible();
  const reopens = inDays(40);
  await page.getByLabel("Reden (Nederlands)").fill("Wij verhuizen naar het dorpshuis.");
  await page.getByLabel("Weer open op").fill(reopens);
  await page.getByRole("button", { name: "Tijdelijk sluiten" }).click();
  await expect(page.getByText("De dienst is tijdelijk gesloten. Inwoners zien de reden.")).toBeVisible();
  await expect(page.getByText("Uw dienst is nu tijdelijk gesloten.")).toBeVisible();

  const resident = await browser.newContext({ locale: "nl-NL" });
  const residentPage = await resident.newPage();
  await residentPage.goto(`/nl/aanbod/${CHRONIC_SERVICE}`);
  await expect(residentPage.getByText("Reden: Wij verhuizen naar het dorpshuis.")).toBeVisible();
  await expect(residentPage.getByText(/^Weer open vanaf .+\.$/)).toBeVisible();
  await expectNoAxeViolations(residentPage);
  // And on its directory card.
  await residentPage.goto("/nl/aanbod?gemeente=GM0321");
  const card = residentPage.getByRole("listitem").filter({ has: residentPage.getByRole("link", { name: CHRONIC_NAME }) });
  await expect(card.getByText("Reden: Wij verhuizen naar het dorpshuis.")).toBeVisible();
  await expect(card.getByText(/^Weer open vanaf /)).toBeVisible();

  await page.getByRole("button", { name: "Weer openen" }).click();
  await expect(page.getByText("De dienst is weer open.")).toBeVisible();
  await residentPage.goto(`/nl/aanbod/${CHRONIC_SERVICE}`);
  await expect(residentPage.getByRole("heading", { level: 1, name: CHRONIC_NAME })).toBeVisible();
  await expect(residentPage.getByText("Reden: Wij verhuizen naar het dorpshuis.")).toHaveCount(0);
  await resident.close();
  await context.close();
});

test("a proposal of other changes waits for an editor", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "provider");
  await page.goto(`/nl/werk/aanbod/${CHRONIC_SERVICE}`);
  await page.getByLabel("Beschrijving (Nederlands)").fill("Een ervaringsdeskundige luistert en denkt met u mee.");
  await page.getByRole("button", { name: "Voorstel sturen" }).click();
  await expect(page.getByText(/Uw voorstel is opgeslagen. Een redacteur kijkt er eerst naar./)).toBeVisible();
  await expect(page.getByText("U heeft al een voorstel gestuurd.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  const resident = await browser.newContext({ locale: "nl-NL" });
  const residentPage = await resident.newPage();
  await residentPage.goto(`/nl/aanbod/${CHRONIC_SERVICE}`);
  await expect(residentPage.getByText("Een ervaringsdeskundige luistert en denkt met u mee.")).toHaveCount(0);
  await resident.close();
  await context.close();
});
