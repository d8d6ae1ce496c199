import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { scanWithJavaScript } from "./helpers-directory";

/** Issue 11.11: the directory and compare on a 360 px phone, with and without JavaScript. */
const PHONE = { width: 360, height: 740 };
const PARENTS = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";
const UTRECHT = "2696ae8a-a20f-5934-9de1-f00cf5373bd5";

const phone = (browser: Browser, javaScriptEnabled = true) => browser.newContext({ locale: "nl-NL", viewport: PHONE, javaScriptEnabled });
const noSideways = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), page.url()).toBeLessThanOrEqual(0);
const search = (page: Page) => page.getByRole("searchbox", { name: "Zoek op woord" });
const chips = (page: Page) => page.getByRole("list", { name: "Uw filters" }).getByRole("link");
const cards = (page: Page) => page.getByRole("article");
const tray = (page: Page) => page.getByRole("region", { name: "Vergelijken" });
const named = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
const cardName = async (page: Page, index: number) => (await cards(page).nth(index).getByRole("heading", { level: 3 }).innerText()).trim();

test.describe("the directory at 360 px", () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`filters fold behind one button with their count, chips remove one value (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
      const context = await phone(browser, javaScriptEnabled);
      const page = await context.newPage();
      await page.goto("/nl/aanbod?gemeente=GM0344&soort=formal&soort=volunteer&nieuw=1");
      const fold = page.getByText("Filters (3)", { exact: true });
      await expect(fold).toBeVisible();
      await expect(search(page)).toBeHidden();
      await noSideways(page);
      const folded = page.url();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await expect(chips(page)).toHaveText([/Professionele cliëntondersteuner/, /Vrijwilliger/, /Alleen hulp met plek voor nieuwe cliënten/]);
      await expect(chips(page).first()).toHaveAccessibleName("Verwijder filter: Professionele cliëntondersteuner");
      await chips(page).first().click();
      await expect(page).toHaveURL(/soort=volunteer/);
      await expect(page).not.toHaveURL(/soort=formal/);
      await expect(page).toHaveURL(/nieuw=1/);
      await expect(page.getByText("Filters (2)", { exact: true })).toBeVisible();
      await expect(chips(page)).toHaveCount(2);

      await page.getByText("Filters (2)", { exact: true }).click();
      await expect(search(page)).toBeVisible();
      await expect(page.getByRole("checkbox", { name: /^Vrijwilliger \(\d+\)$/ })).toBeChecked();
      await noSideways(page);
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await page.getByRole("link", { name: "Alle keuzes weghalen" }).click();
      await expect(page).toHaveURL(/\/nl\/aanbod\?gemeente=GM0344$/);
      await expect(chips(page)).toHaveCount(0);
      await expect(page.getByText("Filters", { exact: true })).toBeVisible();
      const cleared = page.url();
      await context.close();
      if (!javaScriptEnabled) {
        await scanWithJavaScript(browser, folded, "nl-NL", PHONE);
        await scanWithJavaScript(browser, cleared, "nl-NL", PHONE);
      }
    });
  }

  test("on a wide screen the filters stand open beside the results, with and without JavaScript", async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 800 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/nl/aanbod?gemeente=GM0344&soort=formal");
      await expect(search(page)).toBeVisible();
      await expect(page.getByText("Filters (1)", { exact: true })).toBeHidden();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await context.close();
    }
  });

  test("on a wide screen the compare cards stand side by side with each fact on one line", async ({ browser }) => {
    const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`/nl/vergelijk?vergelijk=${PARENTS}&vergelijk=${UTRECHT}`);
    const compared = page.getByRole("region", { name: "Vergelijking van 2 ondersteuners" }).getByRole("listitem");
    const tops = async (locator: Locator) => (await locator.evaluateAll((nodes) => nodes.map((node) => Math.round(node.getBoundingClientRect().top))));
    const cardTops = await tops(compared);
    expect(cardTops).toHaveLength(2);
    expect(new Set(cardTops).size).toBe(1);
    for (const term of ["Talen", "Wachttijd", "Keurmerken en opleiding"]) {
      const rows = await tops(compared.getByRole("term").filter({ hasText: term }));
      expect(rows, term).toHaveLength(2);
      expect(new Set(rows).size, term).toBe(1);
    }
    await expectNoAxeViolations(page);
    await context.close();
  });

  test("the compare choice is kept across pages and filters, shown in a tray, and compare shows cards", async ({ browser }) => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto("/nl/aanbod");
    await expect(tray(page)).toContainText("Kies 2 of 3 ondersteuners");
    const first = await cardName(page, 0);
    // By keyboard: after choosing, focus stays on the same link, now to undo the choice.
    await cards(page).first().getByRole("link", { name: `Kies om te vergelijken: ${first}` }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/vergelijk=/);
    await expect(page.locator(":focus")).toHaveAccessibleName(`Niet meer vergelijken: ${first}`);
    await expect(tray(page).getByRole("listitem")).toHaveText([named(first)]);
    await expect(tray(page)).toContainText("Kies nog 1 ondersteuner");
    await expect(tray(page).getByRole("link", { name: /^Vergelijk/ })).toHaveCount(0);
    await expect(cards(page).first()).toContainText("Gekozen om te vergelijken");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Volgende pagina" }).click();
    await expect(page).toHaveURL(/pagina=2/);
    await expect(tray(page).getByRole("listitem")).toHaveText([named(first)]);
    const second = await cardName(page, 0);
    await cards(page).first().getByRole("link", { name: `Kies om te vergelijken: ${second}` }).click();
    await expect(page).toHaveURL(/pagina=2/);
    await expect(tray(page).getByRole("listitem")).toHaveText([named(first), named(second)]);
    await expectNoAxeViolations(page);

    // A new search keeps the choice (hidden fields of the filter form).
    await page.getByText("Filters", { exact: true }).click();
    await search(page).fill("hulp");
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await expect(page).toHaveURL(/q=hulp/);
    expect(new URL(page.url()).searchParams.getAll("vergelijk")).toHaveLength(2);

    await tray(page).getByRole("link", { name: "Vergelijk 2 ondersteuners" }).click();
    await expect(page).toHaveURL(/\/nl\/vergelijk\?/);
    await expect(page.getByRole("table")).toHaveCount(0);
    const compared = page.getByRole("region", { name: "Vergelijking van 2 ondersteuners" }).getByRole("listitem");
    await expect(compared).toHaveCount(2);
    await expect(compared.getByRole("heading", { level: 3 })).toHaveText([first, second]);
    await expect(compared.first().getByRole("term").filter({ hasText: "Talen" })).toHaveCount(1);
    const [a, b] = await Promise.all([compared.nth(0).boundingBox(), compared.nth(1).boundingBox()]);
    expect(a && b && b.y >= a.y + a.height).toBe(true); // stacked, one card under the other
    expect(a!.x + a!.width).toBeLessThanOrEqual(PHONE.width);
    await noSideways(page);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Terug naar de lijst met ondersteuners" }).click();
    await expect(page).toHaveURL(/\/nl\/aanbod\?q=hulp/);
    await tray(page).getByRole("link", { name: `Haal weg: ${first}` }).click();
    await expect(tray(page).getByRole("listitem")).toHaveText([named(second)]);
    await expectNoAxeViolations(page);
    await context.close();
  });

  test("compare with fewer than two says to choose two, with the way back", async ({ browser }) => {
    const context = await phone(browser);
    const page = await context.newPage();
    for (const query of [`vergelijk=${PARENTS}`, "vergelijk=geen-id", ""]) {
      await page.goto(`/nl/vergelijk?${query}`);
      await expect(page.getByText("Kies minstens 2 ondersteuners. Dan kunt u ze vergelijken.")).toBeVisible();
      await expect(page.getByRole("listitem").getByRole("heading", { level: 3 })).toHaveCount(0);
      await expectNoAxeViolations(page);
    }
    await expect(page.getByText("Eén of meer gekozen ondersteuners bestaan niet meer.")).toHaveCount(0);
    await page.goto("/nl/vergelijk?vergelijk=geen-id");
    await expect(page.getByText("Eén of meer gekozen ondersteuners bestaan niet meer.")).toBeVisible();
    await page.goto(`/nl/vergelijk?vergelijk=${PARENTS}`);
    await page.getByRole("link", { name: "Terug naar de lijst met ondersteuners" }).click();
    await expect(tray(page).getByRole("listitem")).toHaveCount(1);
    // A service page starts a comparison with that service already in the tray.
    await page.goto(`/nl/aanbod/${UTRECHT}`);
    await page.getByRole("link", { name: "Vergelijk met andere ondersteuners" }).click();
    await expect(tray(page).getByRole("listitem")).toHaveText([/Cliëntondersteuning Utrecht/]);
    await context.close();
  });

  test("sorting by shortest waiting time and by soonest walk-in", async ({ browser }) => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto("/nl/aanbod?gemeente=GM0344");
    const order = page.getByRole("navigation", { name: "Volgorde" });
    await expect(order.getByRole("link", { name: "Standaard" })).toHaveAttribute("aria-current", "true");

    await order.getByRole("link", { name: "Eerst de kortste wachttijd" }).click();
    await expect(page).toHaveURL(/sorteer=wachttijd/);
    await expect(order.getByRole("link", { name: "Eerst de kortste wachttijd" })).toHaveAttribute("aria-current", "true");
    const days = await cards(page).evaluateAll((articles) =>
      articles.map((article) => {
        const term = [...article.querySelectorAll("dt")].find((dt) => dt.textContent === "Wachttijd");
        const value = term?.nextElementSibling?.textContent ?? "";
        return value === "" ? null : value.startsWith("Geen") ? 0 : Number(value.match(/\d+/)?.[0]);
      }),
    );
    const known = days.filter((d): d is number => d !== null);
    expect(known.length).toBeGreaterThan(3);
    expect(known).toEqual([...known].sort((x, y) => x - y));
    expect(days.slice(0, known.length)).toEqual(known); // services without a waiting time come last
    await noSideways(page);
    await expectNoAxeViolations(page);

    await order.getByRole("link", { name: "Eerst het vroegste inloopspreekuur" }).click();
    await expect(page).toHaveURL(/sorteer=inloop/);
    const walkIns = await cards(page).evaluateAll((articles) =>
      articles.map((article) => [...article.querySelectorAll("dt")].some((dt) => dt.textContent === "Eerstvolgende inloop")),
    );
    expect(walkIns[0]).toBe(true);
    expect(walkIns.indexOf(false)).toBeGreaterThan(0);
    expect(walkIns.slice(walkIns.indexOf(false))).not.toContain(true);
    await expectNoAxeViolations(page);

    // The order stays when a filter is removed or the search changes.
    await page.goto("/nl/aanbod?gemeente=GM0344&sorteer=inloop&soort=volunteer");
    await chips(page).first().click();
    await expect(page).toHaveURL(/sorteer=inloop/);
    await page.goto("/nl/aanbod?sorteer=inloop");
    await page.getByText("Filters", { exact: true }).click();
    await search(page).fill("hulp");
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await expect(page).toHaveURL(/q=hulp.*sorteer=inloop/);
    await page.goto("/en/aanbod?sorteer=wachttijd");
    await expect(page.getByRole("navigation", { name: "Order" }).getByRole("link", { name: "Shortest waiting time first" })).toHaveAttribute("aria-current", "true");
    await expectNoAxeViolations(page);
    await context.close();
  });
});
