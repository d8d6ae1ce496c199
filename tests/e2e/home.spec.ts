import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { scanWithJavaScript, tabTo } from "./helpers-directory";

test.describe("the home page", () => {
  test("/ sends a Dutch visitor to /nl: what client support is, the three kinds, the wijkteam, two ways in", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/nl$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { level: 1, name: "Vind een cliëntondersteuner" })).toBeVisible();
    for (const kind of ["Professionele cliëntondersteuner", "Ervaringsdeskundige", "Vrijwilliger"]) {
      await expect(page.getByRole("heading", { level: 3, name: kind })).toBeVisible();
    }
    await expect(page.getByRole("heading", { level: 2, name: "Cliëntondersteuning of het wijkteam?" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Start de vraagwijzer" })).toHaveAttribute("href", "/nl/vraagwijzer");
    await expect(page.getByRole("link", { name: "Voor medewerkers" })).toHaveAttribute("href", "/nl/inloggen");
    await expectNoAxeViolations(page);
  });

  test("an English visitor gets /en, and the language switch works", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 3, name: "Experience expert" })).toBeVisible();
    await expect(page.getByRole("link", { name: "For staff" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Nederlands" }).click();
    await expect(page).toHaveURL(/\/nl/);
    await context.close();
  });

  test("the municipality choice works without JavaScript and shows that municipality's wijkteam", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const page = await context.newPage();
    await page.goto("/nl");
    await page.getByLabel("In welke gemeente woont u?").selectOption({ label: "Utrecht" });
    await page.getByRole("button", { name: "Toon hulp" }).click();
    // "Toon hulp" leads to that municipality's help: the ways in, filtered on it.
    await expect(page).toHaveURL(/\/nl\?gemeente=GM0344#ways$/);
    await expect(page.getByRole("heading", { level: 2, name: "Hulp in Utrecht: hoe wilt u zoeken?" })).toBeVisible();
    const team = page.getByRole("region", { name: "Hulp aanvragen bij de gemeente: dit team beslist" });
    await expect(team.getByRole("heading", { level: 3 })).toBeVisible();
    await expect(team.getByText("Sociaal Team Utrecht", { exact: true })).toBeVisible();
    await expect(team.getByRole("link", { name: "Bel 030 799 10 00" })).toHaveAttribute("href", "tel:+31307991000");
    await expect(page.getByRole("link", { name: "Spreekuren in Utrecht" })).toHaveAttribute("href", "/nl/spreekuren?gemeente=GM0344");
    await expect(page.getByRole("link", { name: "Start de vraagwijzer" })).toHaveAttribute("href", "/nl/vraagwijzer?gemeente=GM0344");
    await expect(page.getByRole("link", { name: "Bekijk alle hulp in Utrecht" })).toHaveAttribute("href", "/nl/aanbod?gemeente=GM0344");
    const url = page.url();
    await context.close();
    await scanWithJavaScript(browser, url);
  });

  test("keyboard only: from home to a service's phone number", async ({ page }) => {
    await page.goto("/nl?gemeente=GM0344");
    await tabTo(page, (el) => el.text === "Ga direct naar de inhoud");
    await tabTo(page, (el) => el.text === "Bekijk alle hulp in Utrecht");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/nl\/aanbod\?gemeente=GM0344/);
    await expectNoAxeViolations(page);
    await tabTo(page, (el) => el.text === "Ervaringsouders: hulp bij jeugdhulp en opvoeden", 200);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Ervaringsouders: hulp bij jeugdhulp en opvoeden" })).toBeVisible();
    await tabTo(page, (el) => el.href.startsWith("tel:"));
    const phone = page.locator(":focus");
    await expect(phone).toHaveText("Bel 030 799 14 10");
    await expect(phone).toHaveAttribute("href", "tel:+31307991410");
    await expectNoAxeViolations(page);
  });

  test("an unknown page gets a calm not-found page in the visitor's language", async ({ page }) => {
    const response = await page.goto("/nl/bestaat-niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
