import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { scanWithJavaScript } from "./helpers-directory";

/**
 * Issue 10, point 3: the municipality's access team (Utrecht's Sociaal Team in the demo)
 * is never listed as client support — not in the directory, compare or the leaflet — and
 * appears in its own block with its phone number. Its own service page stays reachable.
 */
const ACCESS_TEAM_ID = "972e57e1-0b27-5918-bba7-b9934fd83d64";
const UTRECHT_ID = "2696ae8a-a20f-5934-9de1-f00cf5373bd5";
const LANG = {
  nl: { name: "Keukentafelgesprek met het Sociaal Team", block: "Hulp aanvragen bij de gemeente: dit team beslist", call: "Bel 030 799 10 00", tooFew: "Kies minstens 2 ondersteuners" },
  en: { name: "Kitchen-table meeting with the Social Team", block: "Asking the municipality for help: this team decides", call: "Call 030 799 10 00", tooFew: "Choose at least 2 supporters" },
};

for (const locale of ["nl", "en"] as const) {
  const l = LANG[locale];
  for (const javaScriptEnabled of [false, true]) {
    test(`${locale}: the access team is in no list, only in its own block (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
      test.setTimeout(240_000); // four pages, each scanned by axe
      const browserLocale = locale === "nl" ? "nl-NL" : "en-GB";
      const context = await browser.newContext({ locale: browserLocale, javaScriptEnabled });
      const page = await context.newPage();
      const check = async () => (javaScriptEnabled ? expectNoAxeViolations(page) : scanWithJavaScript(browser, page.url(), browserLocale));
      const main = page.getByRole("main");
      const block = main.getByRole("region", { name: l.block });

      for (const path of [`/${locale}/aanbod?gemeente=GM0344`, `/${locale}/folder?gemeente=GM0344`]) {
        await page.goto(path);
        await expect(main.getByRole("heading", { level: 3 }).first()).toBeVisible();
        await expect(main.getByRole("link", { name: l.name })).toHaveCount(0);
        await expect(main.getByText(l.name)).toHaveCount(0);
        await expect(block.getByRole("link", { name: l.call })).toHaveAttribute("href", "tel:+31307991000");
        await check();
      }

      // Compare leaves it out even when its id is in the address.
      await page.goto(`/${locale}/vergelijk?vergelijk=${ACCESS_TEAM_ID}&vergelijk=${UTRECHT_ID}`);
      await expect(main.getByText(l.name)).toHaveCount(0);
      await expect(main.getByText(l.tooFew)).toBeVisible();
      await check();

      // Its own page, by its address, says first that this team decides.
      await page.goto(`/${locale}/aanbod/${ACCESS_TEAM_ID}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(l.name);
      await expect(block.getByRole("link", { name: l.call })).toBeVisible();
      await check();
      await context.close();
    });
  }
}
