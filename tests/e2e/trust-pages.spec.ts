import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const pages = {
  nl: [
    { link: "Privacy", path: "/nl/privacy", heading: "Privacyverklaring" },
    { link: "Toegankelijkheid", path: "/nl/toegankelijkheid", heading: "Toegankelijkheidsverklaring" },
    { link: "Contact en colofon", path: "/nl/colofon", heading: "Contact en colofon" },
  ],
  en: [
    { link: "Privacy", path: "/en/privacy", heading: "Privacy statement" },
    { link: "Accessibility", path: "/en/toegankelijkheid", heading: "Accessibility statement" },
    { link: "Contact and colophon", path: "/en/colofon", heading: "Contact and colophon" },
  ],
};

test.describe("the trust pages", () => {
  for (const [locale, entries] of Object.entries(pages)) {
    for (const entry of entries) {
      test(`${locale}: ${entry.heading} opens from the footer`, async ({ page }) => {
        await page.goto(`/${locale}/vraagwijzer`);
        const footer = page.getByRole("contentinfo");
        await footer.getByRole("link", { name: entry.link, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`${entry.path}$`));
        await expect(page.getByRole("heading", { level: 1, name: entry.heading })).toBeVisible();
        await expect(page).toHaveTitle(new RegExp(entry.heading));
        await expectNoAxeViolations(page);
      });
    }
  }

  test("the privacy statement names the retention period the portal uses", async ({ page }) => {
    await page.goto("/nl/privacy");
    await expect(page.getByText(/We wissen uw gegevens \d+ dagen? nadat/)).toBeVisible();
  });
});

// Issue 11, point 9: an error says what to do, and the page title says there is one.
test.describe("errors that say what to do", () => {
  test("a vraagwijzer step that comes back with an error has 'Fout:' in its title (rendered on the server)", async ({ page }) => {
    await page.goto("/nl/vraagwijzer?van=5&stap=6&gemeente=GM0344&leeftijd=honderd");
    await expect(page).toHaveTitle(/^Fout: Stap 5 van 6/);
    await expect(page.getByText("U bent nog niet klaar. Vul de punten hieronder aan.")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a form posting to a server action gets 'Fout:' in its title while errors show", async ({ page }) => {
    await page.goto("/nl/contact/a9ecc781-7a5f-5cd9-93bc-86012e5f8612");
    await expect(page).not.toHaveTitle(/^Fout:/);
    await page.getByRole("button", { name: "Verstuur" }).click();
    await expect(page.getByText("U bent nog niet klaar. Vul de punten hieronder aan.")).toBeVisible();
    await expect(page).toHaveTitle(/^Fout: /);
  });
});
