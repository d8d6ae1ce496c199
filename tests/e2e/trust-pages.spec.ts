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
