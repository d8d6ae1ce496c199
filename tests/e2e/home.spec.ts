import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.describe("the first resident page", () => {
  test("/ sends a Dutch visitor to /nl and lists the active services by kind", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/nl$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { level: 1, name: "Vind een cliëntondersteuner" })).toBeVisible();
    for (const kind of ["Formele cliëntondersteuning", "Ervaringsdeskundige", "Vrijwilliger"]) {
      await expect(page.getByRole("heading", { level: 2, name: kind })).toBeVisible();
    }
    await expect(page.getByText("Onafhankelijk", { exact: true }).first()).toBeVisible();
    await expect(page.getByText(/Niet onafhankelijk\. Onderdeel van/).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("an English visitor gets /en, and the language switch works", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 2, name: /experience expert/i })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Nederlands" }).click();
    await expect(page).toHaveURL(/\/nl/);
    await context.close();
  });

  test("the municipality choice works without JavaScript and leaves out other municipalities", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const page = await context.newPage();
    await page.goto("/nl");
    const all = await page.getByRole("listitem").count();
    await page.getByLabel("In welke gemeente woont u?").selectOption({ label: "Houten" });
    await page.getByRole("button", { name: "Toon hulp" }).click();
    await expect(page).toHaveURL(/gemeente=GM0321/);
    await expect(page.getByText(/in Houten\./)).toBeVisible();
    expect(await page.getByRole("listitem").count()).toBeLessThan(all);
    const url = page.url();
    await context.close();
    // axe itself needs JavaScript: scan the same page in a normal browser.
    const scanContext = await browser.newContext({ locale: "nl-NL" });
    const scan = await scanContext.newPage();
    await scan.goto(url);
    await expectNoAxeViolations(scan);
    await scanContext.close();
  });

  test("only active services appear: not inactive, defunct or temporarily closed ones", async ({ page }) => {
    await page.goto("/nl");
    const main = page.locator("main");
    await expect(main.getByText("Ervaringsouders: hulp bij jeugdhulp en opvoeden")).toBeVisible();
    for (const name of ["Inloopspreekuur Houten-Zuid", "Digicafé voor 55-plussers", "Ervaringsdeskundige: uit de schulden komen"]) {
      await expect(main.getByText(name)).toHaveCount(0);
    }
  });

  test("an unknown page gets a calm not-found page in the visitor's language", async ({ page }) => {
    const response = await page.goto("/nl/bestaat-niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
