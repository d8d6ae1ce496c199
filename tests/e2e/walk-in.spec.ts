import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { scanWithJavaScript } from "./helpers-directory";

/**
 * Issue 10, point 4: the walk-in page of a municipality lists every walk-in hour of the
 * coming 14 days by day, never an hour by appointment; cards and service pages show the
 * next walk-in and where. Cliëntondersteuning Utrecht (demo) lets residents walk in on
 * Tuesday 9.30–12.00 and Thursday 13.00–16.00, and sees them by appointment on weekdays
 * 9.00–17.00.
 */
const LANG = {
  nl: {
    service: "Cliëntondersteuning Utrecht",
    home: "Bekijk de spreekuren",
    choose: "Kies eerst uw gemeente. Dan ziet u de spreekuren in uw gemeente.",
    municipality: "In welke gemeente woont u?",
    submit: "Toon hulp",
    title: "Spreekuren in Utrecht",
    walkIns: { dinsdag: "9.30 tot 12.00 uur", donderdag: "13.00 tot 16.00 uur" } as Record<string, string>,
    appointment: "9.00 tot 17.00 uur",
    team: "Hulp aanvragen bij de gemeente: dit team beslist",
    call: "Bel 030 799 10 00",
  },
  en: {
    service: "Client support Utrecht",
    home: "See the walk-in hours",
    choose: "First choose your municipality. Then you will see the walk-in hours there.",
    municipality: "Which municipality do you live in?",
    submit: "Show help",
    title: "Walk-in hours in Utrecht",
    walkIns: { Tuesday: "09:30 to 12:00", Thursday: "13:00 to 16:00" } as Record<string, string>,
    appointment: "09:00 to 17:00",
    team: "Asking the municipality for help: this team decides",
    call: "Call 030 799 10 00",
  },
};
const ACCESS_TEAM = { nl: "Keukentafelgesprek met het Sociaal Team", en: "Kitchen-table meeting with the Social Team" };

/** The day headings under which the service's walk-in hours are listed, with each hour's heading. */
async function listed(page: Page, service: string): Promise<Array<{ day: string; hour: string }>> {
  const found: Array<{ day: string; hour: string }> = [];
  for (const day of await page.locator('section[aria-labelledby^="day-"]').all()) {
    const heading = await day.getByRole("heading", { level: 2 }).innerText();
    for (const item of await day.getByRole("article").filter({ has: page.getByRole("link", { name: service, exact: true }) }).all()) {
      found.push({ day: heading, hour: await item.getByRole("heading", { level: 3 }).innerText() });
    }
  }
  return found;
}

for (const locale of ["nl", "en"] as const) {
  const l = LANG[locale];
  for (const javaScriptEnabled of [false, true]) {
    test(`${locale}: the walk-in page lists walk-in hours by weekday, never appointment hours, and the access team apart (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
    }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ locale: locale === "nl" ? "nl-NL" : "en-GB", javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`/${locale}`);
      await page.getByRole("link", { name: l.home, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/spreekuren$`));
      await expect(page.getByText(l.choose)).toBeVisible();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // The chooser is a GET form: the result has its own address.
      await page.getByLabel(l.municipality).selectOption("GM0344");
      await page.getByRole("button", { name: l.submit }).click();
      await expect(page).toHaveURL(/[?&]gemeente=GM0344/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(l.title);

      const hours = await listed(page, l.service);
      expect(hours.length).toBeGreaterThanOrEqual(3); // two Tuesdays and two Thursdays in 14 days, less one already over
      for (const { day, hour } of hours) {
        const weekday = Object.keys(l.walkIns).find((name) => day.startsWith(name));
        expect(weekday, `${day}: ${hour}`).toBeDefined();
        expect(hour).toContain(l.walkIns[weekday!]);
        expect(hour).not.toContain(l.appointment);
      }
      expect(hours.some(({ day }) => day.startsWith(Object.keys(l.walkIns)[0]!))).toBe(true);

      const main = page.getByRole("main");
      await expect(main.getByRole("link", { name: ACCESS_TEAM[locale] })).toHaveCount(0);
      const team = main.getByRole("region", { name: l.team });
      await expect(team).toBeVisible();
      await expect(team.getByRole("link", { name: l.call })).toHaveAttribute("href", "tel:+31307991000");

      if (javaScriptEnabled) await expectNoAxeViolations(page);
      else await scanWithJavaScript(browser, page.url(), locale === "nl" ? "nl-NL" : "en-GB");
      await context.close();
    });
  }
}

test("the main menu leads to the walk-in page", async ({ page }) => {
  await page.goto("/en/aanbod");
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Walk-in hours" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Walk-in hours: drop in without an appointment");
  await expectNoAxeViolations(page);
});

test("a card and the service page show the next walk-in and where, and mark appointment hours", async ({ page }) => {
  test.setTimeout(180_000);
  const l = LANG.nl;
  await page.goto("/nl/aanbod?gemeente=GM0344");
  const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: l.service, exact: true }) });
  const next = card.locator("div").filter({ has: page.getByText("Eerstvolgende inloop", { exact: true }) }).locator("dd");
  await expect(next).toHaveText(/^(dinsdag .*, 9\.30 tot 12\.00 uur|donderdag .*, 13\.00 tot 16\.00 uur)Waar: .+, Utrecht$/);
  await expectNoAxeViolations(page);

  await card.getByRole("link", { name: l.service, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(l.service);
  await expect(page.getByText("Op afspraak: Op werkdagen, alleen op afspraak.")).toBeVisible();
  const dates = page.getByRole("listitem").filter({ hasText: /^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d+ \w+, [\d.]+ tot [\d.]+ uur$/ });
  expect(await dates.count()).toBeGreaterThan(0);
  for (const text of await dates.allInnerTexts()) expect(text).toMatch(/^(dinsdag .*9\.30 tot 12\.00|donderdag .*13\.00 tot 16\.00) uur$/);
  await expectNoAxeViolations(page);
});
