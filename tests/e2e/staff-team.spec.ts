import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createAccount, createUsers, signedIn, signInWithPassword, withoutJavaScript, YOUTH_SERVICE } from "./staff-users";

/**
 * Issue 15: an admin makes teams and puts staff in them; a colleague sees a team
 * handover with who made it, filters, and takes it over; another team sees nothing.
 * Lists become cards on a phone, tables on a wide screen; the staff menu is its own landmark.
 */
const anna = { email: "anna.team@example.nl", name: "Anna Akkerman", role: "staff" };
const bram = { email: "bram.team@example.nl", name: "Bram Bos", role: "staff" };
const cor = { email: "cor.team@example.nl", name: "Cor Claassen", role: "staff" };
const RESIDENT = "Jet Teamtoets";

test.beforeAll(() => {
  createUsers();
  for (const user of [anna, bram, cor]) createAccount(user);
});

async function signedInAs(browser: Browser, email: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ locale: "nl-NL", ...options });
  const page = await context.newPage();
  await signInWithPassword(page, email);
  await expect(page).not.toHaveURL(/inloggen/);
  return { context, page };
}

async function noSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await page.locator("table").first().evaluate((table) => getComputedStyle(table).display)).toBe("table");
  await expect(page.getByRole("columnheader").first()).toBeVisible();
}

async function staffMenu(page: Page, current: string) {
  const menu = page.getByRole("navigation", { name: "Menu voor medewerkers" });
  await expect(menu).toBeVisible();
  await expect(page.getByRole("main").getByRole("navigation", { name: "Menu voor medewerkers" })).toHaveCount(0);
  await expect(menu.getByRole("link", { name: current })).toHaveAttribute("aria-current", "page");
  await expect(menu.locator("[aria-current=page]")).toHaveCount(1);
}

async function putInTeam(page: Page, user: { email: string; name: string }, team: string) {
  const row = page.getByRole("row").filter({ hasText: user.email });
  await row.getByLabel(`Team van ${user.name}`).selectOption({ label: team });
  await row.getByRole("button", { name: "Bewaar team" }).click();
  await expect(row.getByText("Het team is bewaard.")).toBeVisible();
}

test("an admin makes two teams and puts staff in them; the account form keeps what was typed after a refusal", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "admin");
  await page.goto("/nl/beheer/accounts");
  await staffMenu(page, "Beheer");
  await expectNoAxeViolations(page);

  for (const name of ["Wijkteam Oost", "Wijkteam West"]) {
    await page.getByLabel("Hoe heet het team?").fill(name);
    await page.getByLabel("Gemeente").selectOption({ label: "Utrecht" });
    await page.getByRole("button", { name: "Team maken" }).click();
    await expect(page.getByText(`Team ${name} is gemaakt.`)).toBeVisible();
  }
  // The same name again is refused, with the name kept.
  await page.getByLabel("Hoe heet het team?").fill("wijkteam oost");
  await page.getByRole("button", { name: "Team maken" }).click();
  await expect(page.getByText("Er is al een team met deze naam.").first()).toBeVisible();
  await expect(page.getByLabel("Hoe heet het team?")).toHaveValue("wijkteam oost");
  await expectNoAxeViolations(page);

  await putInTeam(page, anna, "Wijkteam Oost");
  await putInTeam(page, bram, "Wijkteam Oost");
  await putInTeam(page, cor, "Wijkteam West");
  await expect(page.getByRole("row").filter({ hasText: "Wijkteam Oost" }).filter({ hasText: "2 medewerkers" })).toBeVisible();

  // A refused new account keeps every value but the password.
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Account maken" }) });
  await form.getByLabel("Naam", { exact: true }).fill("Mila Bewaard");
  await form.getByLabel("E-mailadres").fill("geen-adres");
  await form.getByLabel("Rol").selectOption("admin");
  await form.getByLabel("Team", { exact: true }).selectOption({ label: "Wijkteam West" });
  await form.getByRole("group", { name: "Ook toegang tot gegevens van inwoners" }).getByLabel("wijkteam").check();
  await form.getByRole("button", { name: "Account maken" }).click();
  await expect(page.getByText("Niet alles is goed ingevuld.").first()).toBeVisible();
  // React resets a form after its action; what was typed must survive that too.
  await page.waitForTimeout(1000);
  await expect(form.getByLabel("Naam", { exact: true })).toHaveValue("Mila Bewaard");
  await expect(form.getByLabel("E-mailadres")).toHaveValue("geen-adres");
  await expect(form.getByLabel("Rol")).toHaveValue("admin");
  await expect(form.getByLabel("Team", { exact: true }).locator("option:checked")).toHaveText("Wijkteam West");
  await expect(form.getByRole("group", { name: "Ook toegang tot gegevens van inwoners" }).getByLabel("wijkteam")).toBeChecked();
  await expectNoAxeViolations(page);

  await noSidewaysScroll(page);
  await page.goto("/nl/beheer/logboek");
  await expect(page.getByRole("row").filter({ hasText: "Team gewijzigd" }).first()).toBeVisible();
  await noSidewaysScroll(page);
  await expectNoAxeViolations(page);
  await context.close();
});

test("a team colleague sees the handover with who made it, filters, and takes it over; another team does not see it", async ({ browser }) => {
  const a = await signedInAs(browser, anna.email);
  await a.page.goto(`/nl/werk/verbinden/${YOUTH_SERVICE}`);
  await a.page.getByLabel("Naam van de inwoner").fill(RESIDENT);
  await a.page.getByLabel("Telefoonnummer").fill("06 12345678");
  await a.page.getByLabel("De vraag, in de woorden van de inwoner").fill("Ik zoek hulp bij een aanvraag voor jeugdhulp.");
  await a.page.getByLabel("De inwoner is het hiermee eens").check();
  await a.page.getByRole("button", { name: "Verbinden" }).click();
  await expect(a.page).toHaveURL(/\/nl\/werk\/overdrachten\/[0-9a-f-]{36}$/);
  const handoverPath = new URL(a.page.url()).pathname;

  const b = await signedInAs(browser, bram.email);
  await b.page.goto("/nl/werk/overdrachten");
  await staffMenu(b.page, "Overdrachten");
  const row = b.page.getByRole("row").filter({ hasText: RESIDENT });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell").nth(4)).toContainText(anna.name);
  await expect(row.getByText("Verstuurd, nog geen antwoord")).toBeVisible();
  await expectNoAxeViolations(b.page);

  // Filters live in the address.
  await b.page.getByLabel("Status").selectOption({ label: "Verstuurd, nog geen antwoord" });
  await b.page.getByLabel("Dienst").selectOption({ index: 1 });
  await b.page.getByRole("button", { name: "Toon" }).click();
  await expect(b.page).toHaveURL(/status=new/);
  await expect(b.page).toHaveURL(/dienst=/);
  await expect(row).toBeVisible();
  await expect(b.page.getByLabel("Status")).toHaveValue("new");
  await b.page.getByLabel("Status").selectOption({ label: "Geaccepteerd" });
  await b.page.getByRole("button", { name: "Toon" }).click();
  await expect(b.page.getByText("Geen overdrachten met deze filters.")).toBeVisible();
  await b.page.getByLabel("Alleen te laat").check();
  await b.page.getByLabel("Status").selectOption({ label: "Alle statussen" });
  await b.page.getByRole("button", { name: "Toon" }).click();
  await expect(b.page).toHaveURL(/telaat=ja/);
  await expect(row).toHaveCount(0);
  await expectNoAxeViolations(b.page);
  // A wrong value: a calm message and the whole list.
  await b.page.goto("/nl/werk/overdrachten?status=weg&van=gisteren");
  await expect(b.page.getByText("Een filter klopt niet. Daarom ziet u alle overdrachten.", { exact: false })).toBeVisible();
  await expect(row).toBeVisible();

  // Taking over brings the list back with the same filters, and says which request it was.
  await b.page.goto(`/nl/werk/overdrachten?status=new&van=2020-01-01`);
  await row.getByRole("button", { name: /^Neem over: overdracht / }).click();
  await expect(b.page).toHaveURL(/status=new&van=2020-01-01&overgenomen=[0-9A-F]{4}-[0-9A-F]{4}$/);
  await expect(b.page.getByRole("status").filter({ hasText: /U volgt overdracht [0-9A-F]{4}-[0-9A-F]{4} nu op\./ })).toBeVisible();
  await expect(row).toContainText("Nu bij: u");
  await expect(row.getByRole("button", { name: /Neem over/ })).toHaveCount(0);
  await noSidewaysScroll(b.page);
  await expectNoAxeViolations(b.page);

  // The maker sees who follows it up now (the take-over is a step of its own in the timeline).
  await a.page.goto("/nl/werk/overdrachten");
  await expect(a.page.getByRole("row").filter({ hasText: RESIDENT })).toContainText(`Nu bij: ${bram.name}`);

  const c = await signedInAs(browser, cor.email);
  await c.page.goto("/nl/werk/overdrachten");
  await expect(c.page.getByRole("heading", { level: 1, name: "Overdrachten" })).toBeVisible();
  await expect(c.page.getByText(RESIDENT)).toHaveCount(0);
  await expectNoAxeViolations(c.page);
  await c.page.goto(handoverPath);
  await expect(c.page.getByText(RESIDENT)).toHaveCount(0);

  for (const who of [a, b, c]) await who.context.close();
});

test("the team view's filters work without JavaScript", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context: noScript, page: bare } = await withoutJavaScript(browser, (await signedInAs(browser, bram.email)).context);
  await bare.goto("/nl/werk/overdrachten");
  await bare.getByLabel("Status").selectOption({ label: "Verstuurd, nog geen antwoord" });
  await bare.getByLabel("Gemaakt vanaf").fill("2020-01-01");
  await bare.getByRole("button", { name: "Toon" }).click();
  await expect(bare).toHaveURL(/status=new/);
  await expect(bare).toHaveURL(/van=2020-01-01/);
  await expect(bare.getByRole("row").filter({ hasText: RESIDENT })).toBeVisible();
  await expect(bare.getByRole("navigation", { name: "Menu voor medewerkers" }).getByRole("link", { name: "Overdrachten" })).toHaveAttribute("aria-current", "page");
  const filtered = bare.url();

  // axe needs a script of its own, so the same page is checked with every script of the portal blocked.
  const blocked = await browser.newContext({ locale: "nl-NL" });
  await blocked.addCookies(await noScript.cookies());
  await blocked.route(/\.js(\?|$)/, (route) => route.abort());
  const page = await blocked.newPage();
  await page.goto(filtered);
  await expect(page.getByRole("row").filter({ hasText: RESIDENT })).toBeVisible();
  await expectNoAxeViolations(page);
  await blocked.close();
  await noScript.close();
});
