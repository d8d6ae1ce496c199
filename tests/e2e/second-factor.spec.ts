import { expect, test, type Page } from "@playwright/test";
import { totpCode } from "@/lib/auth/totp";
import { expectNoAxeViolations } from "./axe";
import { createAccount, signInWithPassword } from "./staff-users";

/**
 * The second factor through the browser: set it up from "Mijn account" (QR code and key
 * as text, confirmed with a code), then sign in with a code from the app, and with a
 * recovery code that works only once. Axe checks every page on the way.
 */
const account = { email: "tweede-stap@example.nl", role: "staff", name: "Noor Visser" };

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page).toHaveURL(/inloggen\?uitgelogd=1/);
}

async function giveCode(page: Page, code: string) {
  await expect(page).toHaveURL(/\/nl\/inloggen\/code/);
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Verder" }).click();
}

test("a staff member sets up the second factor and signs in with a code, then with a recovery code once", async ({ page }) => {
  createAccount(account);
  await signInWithPassword(page, account.email);
  await expect(page).toHaveURL(/\/nl\/werk$/);

  await page.goto("/nl/werk/account");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Tweede stap instellen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tweede stap instellen" })).toBeVisible();
  await expect(page.getByRole("img", { name: "QR-code om de tweede stap in te stellen in uw app" })).toBeVisible();
  await expectNoAxeViolations(page);
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  // A wrong code first: a clear message at the field, nothing changes.
  await page.getByLabel("Code uit de app").fill("000000");
  await page.getByRole("button", { name: "Code controleren" }).click();
  await expect(page.getByText("Deze code klopt niet.", { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Code uit de app").fill(totpCode(secret, new Date()));
  await page.getByRole("button", { name: "Code controleren" }).click();
  await expect(page.getByRole("heading", { name: "Uw herstelcodes" })).toBeVisible();
  const codes = await page.locator("#recovery-codes-title ~ ul li").allInnerTexts();
  expect(codes).toHaveLength(10);
  await expectNoAxeViolations(page);
  await signOut(page);

  // Signing in now asks for the code; the code of the next time step is within the window and not used yet.
  await signInWithPassword(page, account.email);
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen: uw code" })).toBeVisible();
  await expectNoAxeViolations(page);
  // Until the code is given, every page sends back here.
  await page.goto("/nl/werk");
  await expect(page).toHaveURL(/\/nl\/inloggen\/code/);
  await giveCode(page, "123456");
  await expect(page.getByText("Deze code klopt niet", { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await giveCode(page, totpCode(secret, new Date(), 1));
  await expect(page).toHaveURL(/\/nl\/werk$/);
  await signOut(page);

  // A recovery code works once.
  await signInWithPassword(page, account.email);
  await giveCode(page, codes[0]!);
  await expect(page).toHaveURL(/\/nl\/werk$/);
  await page.goto("/nl/werk/account");
  await expect(page.getByText("U hebt nog 9 herstelcodes.")).toBeVisible();
  await signOut(page);
  await signInWithPassword(page, account.email);
  await giveCode(page, codes[0]!);
  await expect(page.getByText("Deze code klopt niet", { exact: false }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/nl\/inloggen\/code/);
});

test("the code page in English has no axe violations and sends a visitor without a waiting sign-in back", async ({ page }) => {
  await page.goto("/en/inloggen/code");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in: your code" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in again" })).toBeVisible();
  await expectNoAxeViolations(page);
});
