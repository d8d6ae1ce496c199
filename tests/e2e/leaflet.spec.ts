import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { scanWithJavaScript } from "./helpers-directory";

/** Pages in a PDF: its page objects, not the /Pages tree that holds them. */
const pdfPageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

const entries = (page: Page) => page.getByRole("main").getByRole("heading", { level: 3 });

/** The municipality with the most services on its leaflet, by visiting each one's leaflet. */
async function largestMunicipality(page: Page): Promise<{ code: string; name: string; count: number }> {
  await page.goto("/nl/folder");
  const options = await page
    .getByLabel("In welke gemeente woont u?")
    .locator("option")
    .evaluateAll((all) => all.map((o) => ({ code: (o as HTMLOptionElement).value, name: o.textContent ?? "" })).filter((o) => o.code !== ""));
  expect(options.length).toBeGreaterThan(1);
  const counted = [];
  for (const option of options) {
    await page.goto(`/nl/folder?gemeente=${option.code}`);
    counted.push({ ...option, count: await entries(page).count() });
  }
  return counted.reduce((most, next) => (next.count > most.count ? next : most));
}

test.describe("the printed leaflet", () => {
  test("the largest municipality's leaflet prints on at most 2 A4 pages, with the portal's address and a QR code, without menus", async ({ page, baseURL }) => {
    const largest = await largestMunicipality(page);
    // The promise is for up to 15 services; the demo's largest must come close enough to test it.
    expect(largest.count).toBeGreaterThanOrEqual(10);
    expect(largest.count).toBeLessThanOrEqual(15);

    await page.goto(`/nl/folder?gemeente=${largest.code}`);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(`Cliëntondersteuning in ${largest.name}`);
    expect(await page.title()).toBe(await heading.innerText());
    await expect(page.getByRole("banner").getByText(`Hulp in ${largest.name}`, { exact: true })).toBeVisible();

    const address = `${baseURL}/nl/aanbod?gemeente=${largest.code}`;
    await expect(page.getByRole("link", { name: address, exact: true })).toHaveAttribute("href", address);
    const qr = page.getByRole("img", { name: `QR-code naar de website met alle hulp in ${largest.name}` });
    await expect(qr).toBeVisible();
    const src = (await qr.getAttribute("src")) ?? "";
    expect(src.startsWith("data:image/svg+xml")).toBe(true);
    expect(decodeURIComponent(src.slice(src.indexOf(",") + 1))).toMatch(/^<svg[^>]*viewBox="0 0 \d+ \d+"[\s\S]*<path[\s\S]*<\/svg>\s*$/);
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "English" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Toon hulp" })).toBeHidden();
    await expect(qr).toBeVisible();
    await expect(page.getByText(address, { exact: true })).toBeVisible();
    await expect(page.getByRole("banner").getByText(`Hulp in ${largest.name}`, { exact: true })).toBeVisible();
    await expect(entries(page)).toHaveCount(largest.count);

    const pages = pdfPageCount(await page.pdf({ format: "A4" }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  test("the English leaflet's title is its heading too", async ({ page }) => {
    await page.goto("/en/folder?gemeente=GM0321");
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText("Client support in Houten");
    expect(await page.title()).toBe("Client support in Houten");
    await expect(page.getByRole("img", { name: "QR code to the website with all help in Houten" })).toBeVisible();
    await page.goto("/en/folder");
    expect(await page.title()).toBe(await page.getByRole("heading", { level: 1 }).innerText());
    await expectNoAxeViolations(page);
  });

  test("the vraagwijzer summary prints without menus or language links", async ({ page }) => {
    await page.goto("/nl/vraagwijzer/samenvatting?voor=self&gemeente=GM0321&onderwerp=housing&leeftijd=45");
    await expect(page.getByRole("heading", { level: 1, name: "Samenvatting van de vraagwijzer" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "English" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 2, name: "Uw antwoorden" })).toBeVisible();
    await expect(page.getByRole("banner").getByText("Hulp in Houten", { exact: true })).toBeVisible();
  });
});

test.describe("the municipality's own identity", () => {
  test("the header shows the municipality's logo, and names the municipality the address chooses", async ({ page }) => {
    await page.goto("/nl/aanbod?gemeente=gm0321");
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("img", { name: "Gemeente Voorbeeld" })).toBeVisible();
    await expect(banner.getByText("Hulp in Houten", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/nl/aanbod");
    await expect(banner.getByText(/^Hulp in /)).toHaveCount(0);
    await page.goto("/nl/aanbod?gemeente=GM9999");
    await expect(banner.getByText(/^Hulp in /)).toHaveCount(0);

    await page.goto("/en/folder?gemeente=GM0356");
    await expect(banner.getByText("Help in Nieuwegein", { exact: true })).toBeVisible();
    await expect(banner.getByRole("img", { name: "Municipality of Voorbeeld" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the header names the municipality without JavaScript too", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const page = await context.newPage();
    const url = "/nl/folder?gemeente=GM0356";
    await page.goto(url);
    await expect(page.getByRole("banner").getByText("Hulp in Nieuwegein", { exact: true })).toBeVisible();
    await expect(page.getByRole("img", { name: "QR-code naar de website met alle hulp in Nieuwegein" })).toBeVisible();
    await context.close();
    await scanWithJavaScript(browser, url);
  });

  test("the brand's colours come from public/brand/theme.css", async ({ page }) => {
    await page.goto("/nl");
    const primary = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--portal-color-primary").trim());
    expect(primary).toBe("#00585f");
    await expectNoAxeViolations(page);
  });
});
