import { expect, test, type APIRequestContext } from "@playwright/test";
import { protectedPages } from "@/lib/auth/protected-pages";
import { expectNoAxeViolations } from "./axe";
import { createUsers, signedIn, YOUTH_SERVICE, type E2ERole } from "./staff-users";

/**
 * Every protected page against every role and an anonymous visitor, over HTTP: a
 * forbidden page answers with a redirect to sign-in, an allowed one renders, in Dutch and
 * English, with no axe violations. (Server actions: tests/access/matrix.test.ts; least
 * privilege for admins: tests/security/least-privilege.test.ts.)
 */
const NONE = "00000000-0000-4000-8000-000000000000";
/** A page's address with real records where there are some (the catalogue editor's pages), else an unknown id. */
const concrete = (path: string) =>
  path
    .replace("[serviceId]", YOUTH_SERVICE)
    .replace("[code]", "GM0321")
    .replace("[taxonomyId]", "co-kind")
    .replace("[kind]/[key]", "gemeente/GM0321")
    .replace("[token]", "0".repeat(32))
    .replace(/\[(id|supporterId)\]/gu, NONE);

async function expectRefused(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect([302, 303, 307], `${url} answered ${response.status()}`).toContain(response.status());
  expect(response.headers().location).toMatch(/\/inloggen/);
}

test.beforeAll(() => createUsers());

test("anonymous visitors are sent to sign-in from every protected page", async ({ request }) => {
  for (const page of protectedPages) {
    for (const locale of ["nl", "en"]) await expectRefused(request, `/${locale}${concrete(page.path)}`);
  }
});

const ROLES: E2ERole[] = ["staff", "provider", "editor", "admin", "admin+editor"];
const mayOpen = (role: E2ERole, entry: (typeof protectedPages)[number]) =>
  role.split("+").some((held) => (entry.roles as readonly string[]).includes(held));

for (const role of ROLES) {
  for (const locale of ["nl", "en"] as const) {
    test(`${role} (${locale}): allowed pages render without axe violations, the others are refused`, async ({ browser }) => {
      // An editor may open some thirty pages. Each page is rendered and scanned by axe once per
      // language, for the first role in ROLES that may open it; every later role that may open
      // it gets the page over HTTP (200, the language, a heading), so access is still checked
      // for every role without scanning the same page five times.
      test.setTimeout(240_000);
      const { context, page } = await signedIn(browser, role, locale);
      await expectNoAxeViolations(page);
      for (const entry of protectedPages) {
        const url = `/${locale}${concrete(entry.path)}`;
        // An admin reads no resident's data (handovers, inbox, error reports) without a data role of its own.
        if (!mayOpen(role, entry)) {
          await expectRefused(page.request, url);
        } else if (ROLES.find((other) => mayOpen(other, entry)) === role) {
          const response = await page.goto(url);
          expect(response?.status(), url).toBe(200);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await expectNoAxeViolations(page);
        } else {
          const response = await page.request.get(url, { maxRedirects: 0 });
          expect(response.status(), url).toBe(200);
          const html = await response.text();
          expect(html, url).toMatch(new RegExp(`<html[^>]*\\slang="${locale}"`, "u"));
          expect(html, url).toMatch(/<h1[\s>]/u);
        }
      }
      await context.close();
    });
  }
}

test("the sign-in page has no axe violations in either language, also with an error", async ({ page }) => {
  for (const locale of ["nl", "en"]) {
    await page.goto(`/${locale}/inloggen`);
    await expectNoAxeViolations(page);
  }
  await page.goto("/nl/inloggen");
  await page.getByLabel("E-mailadres").fill("niemand@example.nl");
  await page.getByLabel("Wachtwoord").fill("fout-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("Het e-mailadres of het wachtwoord klopt niet.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the sign-in page says plainly when an administrator must first confirm a link to the municipality's account", async ({ page }) => {
  await page.goto("/nl/inloggen?oidc=pending");
  await expect(page.getByText("Een beheerder moet eerst bevestigen dat dit account van u is.", { exact: false })).toBeVisible();
  await page.goto("/en/inloggen?oidc=unverified");
  await expect(page.getByText("The municipality has not confirmed that the email address is yours.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an admin gives a new admin account a data role on the accounts page, by keyboard, and it is shown", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "admin");
  await page.goto("/nl/beheer/accounts");
  await page.getByLabel("Naam").fill("Mila Smit");
  await page.getByLabel("E-mailadres").fill("mila.smit@example.nl");
  await page.getByLabel("Rol").selectOption("admin");
  const group = page.getByRole("group", { name: "Ook toegang tot gegevens van inwoners" });
  await group.getByLabel("beleidsmedewerker").focus();
  await page.keyboard.press("Space");
  await page.getByLabel("Wachtwoord").fill("een-lang-e2e-wachtwoord");
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page.getByText("Account gemaakt voor mila.smit@example.nl.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Mila Smit/ })).toContainText("beheerder, ook beleidsmedewerker");
  await expectNoAxeViolations(page);
  await context.close();
});
