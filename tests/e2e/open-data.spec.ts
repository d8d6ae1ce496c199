import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const pages = {
  nl: { footer: "Open data", json: "Alle gegevens in één bestand (JSON)", csv: "Alle gegevens als tabellen (CSV in een zip-bestand)", changed: /voor het laatst veranderd op \d+ \w+ \d{4}/ },
  en: { footer: "Open data", json: "All data in one file (JSON)", csv: "All data as tables (CSV in a zip file)", changed: /last changed on \d+ \w+ \d{4}/ },
};

test.describe("the open-data page", () => {
  for (const [locale, text] of Object.entries(pages)) {
    test(`${locale}: opens from the footer, names the licence and the last change, and both downloads work`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await page.getByRole("contentinfo").getByRole("link", { name: text.footer, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/open-data$`));
      await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
      await expect(page.getByText(text.changed)).toBeVisible();
      await expect(page.getByRole("link", { name: /CC0 1\.0/ })).toHaveAttribute("href", "https://creativecommons.org/publicdomain/zero/1.0/");
      await expectNoAxeViolations(page);

      const json = page.getByRole("link", { name: text.json });
      const document = await page.request.get((await json.getAttribute("href"))!);
      expect(document.status()).toBe(200);
      expect((await document.json()).profile).toBe("hsds-nl-clientondersteuning/1");
      const zip = await page.request.get((await page.getByRole("link", { name: text.csv }).getAttribute("href"))!);
      expect(zip.headers()["content-type"]).toBe("application/zip");
      expect((await zip.body()).subarray(0, 2).toString()).toBe("PK");
    });
  }

  test("the download links are reached with the keyboard", async ({ page }) => {
    await page.goto("/nl/open-data");
    const json = page.getByRole("link", { name: pages.nl.json });
    for (let i = 0; i < 30 && !(await json.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press("Tab");
    await expect(json).toBeFocused();
  });

  test("the API answers another site's request without a key, with the profile and OpenAPI documents served", async ({ request }) => {
    const root = await request.get("/api/hsds", { headers: { Origin: "https://example.org" } });
    expect(root.headers()["access-control-allow-origin"]).toBe("*");
    const body = await root.json();
    expect(body.version).toBe("3.0");
    expect((await request.get(new URL(body.profile).pathname)).status()).toBe(200);
    expect((await (await request.get(new URL(body.openapi_url).pathname)).json()).openapi).toMatch(/^3\./);
    const services = await (await request.get("/api/hsds/services?per_page=2")).json();
    expect(services).toMatchObject({ page_number: 1, size: 2 });
  });
});
