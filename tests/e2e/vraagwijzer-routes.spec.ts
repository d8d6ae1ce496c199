import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { scanWithJavaScript } from "./helpers-directory";

/** Issue 10: companions beside a lone professional, the routes explained, a summary a person can act on. */

/** Pages in a PDF: its page objects, not the /Pages tree that holds them (as tests/e2e/leaflet.spec.ts). */
const pdfPageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

// Houten, health insurance, a long-lasting situation, 67, at home: one independent professional fits.
const LONE_PROFESSIONAL = "voor=self&gemeente=GM0321&onderwerp=health-insurance&signaal=long-lasting&leeftijd=67&contact=home-visit";
// Utrecht, an objection to a decision.
const OBJECTION = "voor=self&gemeente=GM0344&onderwerp=objection-complaint&leeftijd=67";
// Utrecht, much at once: both routes, six suggestions. The heaviest summary to print.
const HEAVY = "voor=carer&gemeente=GM0344&onderwerp=care-at-home&onderwerp=long-term-care&onderwerp=objection-complaint&onderwerp=money-debt&signaal=decision&signaal=wlz&signaal=long-lasting&leeftijd=80&taal=ar&contact=home-visit&contact=phone";

const cards = (page: Page) => page.getByRole("main").getByRole("article");
const summaryItems = (page: Page, name: string) => page.getByRole("list", { name, exact: true }).locator(":scope > li");
const card = (page: Page, name: string) => cards(page).filter({ has: page.getByRole("heading", { level: 3, name }) });

async function noJavaScript(browser: Browser, locale: string) {
  const context = await browser.newContext({ javaScriptEnabled: false, locale });
  return { context, page: await context.newPage() };
}

/** axe needs JavaScript: scan each address a no-JavaScript journey visited in a normal browser. */
async function scanAll(browser: Browser, urls: string[], locale: string) {
  for (const url of urls) await scanWithJavaScript(browser, url, locale);
}

test.describe("the vraagwijzer reads the person and explains the route", () => {
  // Several axe scans per journey, each a few seconds on a busy machine.
  test.describe.configure({ timeout: 180_000 });

  test("nl: a complex case with one professional also shows fitting volunteers beside it, each naming its backup", async ({ page }) => {
    await page.goto(`/nl/vraagwijzer/suggesties?${LONE_PROFESSIONAL}`);
    await expect(page.getByRole("heading", { level: 1, name: "Hulp die bij u past" })).toBeVisible();
    await expect(cards(page).first().getByRole("heading", { level: 3 })).toHaveText("Cliëntondersteuning Houten");
    await expect(page.getByText(/Uw situatie lijkt ingewikkeld.*De andere hulp ziet u ook\./)).toBeVisible();
    const companion = card(page, "Ouderenadviseur Houten");
    await expect(companion.getByText("kan met u meegaan, naast de professionele cliëntondersteuner")).toBeVisible();
    await expect(companion.getByText("is er voor ouderen")).toBeVisible();
    await expect(companion.getByText(/Dan brengen zij u in contact met Cliëntondersteuning Houten\./)).toBeVisible();
    // The access team is never one of the suggestions; it has its own block with its phone.
    await expect(page.getByRole("heading", { level: 2, name: "Hulp aanvragen bij de gemeente: dit team beslist" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Bel 030 799 20 00" })).toHaveAttribute("href", /^tel:/);
    await expectNoAxeViolations(page);
  });

  test("en without JavaScript: the same companions, in English", async ({ browser }) => {
    const { context, page } = await noJavaScript(browser, "en-GB");
    const url = `/en/vraagwijzer/suggesties?${LONE_PROFESSIONAL}`;
    await page.goto(url);
    await expect(page.getByText(/You also see the other support\./)).toBeVisible();
    const companion = card(page, "Adviser for older people Houten");
    await expect(companion.getByText("can go with you, beside the professional client supporter")).toBeVisible();
    await expect(companion.getByText(/Then they connect you with /)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Asking the municipality for help: this team decides" })).toBeVisible();
    await context.close();
    await scanAll(browser, [url], "en-GB");
  });

  test("nl: the six-week term for an objection shows on the suggestions, the summary and the contact page", async ({ page }) => {
    const term = page.getByRole("heading", { level: 2, name: "Bezwaar maken: dat moet binnen 6 weken" });
    await page.goto(`/nl/vraagwijzer/suggesties?${OBJECTION}`);
    await expect(term).toBeVisible();
    await expect(page.getByText(/U telt vanaf de dag na de datum op de brief met het besluit/)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Samenvatting om te bewaren of af te drukken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Samenvatting van de vraagwijzer" })).toBeVisible();
    await expect(term).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/nl/vraagwijzer/suggesties?${OBJECTION}`);
    await cards(page).first().getByRole("button", { name: /Kies deze ondersteuner/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Contact met/ })).toBeVisible();
    await expect(term).toBeVisible();
    await expectNoAxeViolations(page);

    // Without the answers in the address the contact page says nothing about routes.
    await page.goto(page.url().split("?")[0]!);
    await expect(page.getByRole("heading", { level: 1, name: /Contact met/ })).toBeVisible();
    await expect(term).toHaveCount(0);
  });

  test("en without JavaScript: the objection term and the Wlz route, through to the contact page", async ({ browser }) => {
    const { context, page } = await noJavaScript(browser, "en-GB");
    const visited: string[] = [];
    const term = page.getByRole("heading", { level: 2, name: "Objecting to a decision: you have 6 weeks" });
    await page.goto(`/en/vraagwijzer/suggesties?${HEAVY}`);
    visited.push(page.url());
    await expect(term).toBeVisible();
    const wlz = page.getByRole("region", { name: "Long-term care (Wlz): how it works" });
    await expect(wlz.getByText(/The CIZ decides whether you get Wlz care/)).toBeVisible();
    await expect(wlz.getByText(/You ask for it through the care office/)).toBeVisible();
    // The services that help with the Wlz are named, linked to their card.
    const helper = wlz.getByRole("link").first();
    await expect(helper).toHaveAttribute("href", /^#suggestion-/);

    await page.goto(`/en/vraagwijzer/samenvatting?${HEAVY}`);
    visited.push(page.url());
    await expect(term).toBeVisible();

    await page.goto(`/en/vraagwijzer/suggesties?${HEAVY}`);
    await cards(page).first().getByRole("button", { name: /Choose this supporter/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Contact / })).toBeVisible();
    visited.push(page.url());
    await expect(term).toBeVisible();
    await context.close();
    await scanAll(browser, visited, "en-GB");
  });

  test("nl: the summary shows how to reach each suggestion, and a change link per answer leads back with the answers kept", async ({ page }) => {
    await page.goto(`/nl/vraagwijzer/samenvatting?${LONE_PROFESSIONAL}`);
    const suggestions = summaryItems(page, "Suggesties");
    const first = suggestions.first();
    await expect(first).toContainText("Cliëntondersteuning Houten");
    await expect(first.getByRole("link", { name: "030 799 21 00" })).toHaveAttribute("href", /^tel:/);
    await expect(first.getByRole("link", { name: "helder@example.nl" })).toHaveAttribute("href", "mailto:helder@example.nl");
    await expect(page.getByRole("main").getByText("Eerstvolgende inloop").first()).toBeVisible();
    await expect(page.getByRole("link", { name: /^Wijzig/ })).toHaveCount(9);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Wijzig uw antwoord op: Hoe oud is de persoon die hulp nodig heeft?" }).click();
    await expect(page.getByText("Stap 5 van 6", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Hoe oud is de persoon die hulp nodig heeft?")).toHaveValue("67");
    await expectNoAxeViolations(page);
    await page.getByLabel("Hoe oud is de persoon die hulp nodig heeft?").fill("70");
    await page.getByRole("button", { name: "Volgende", exact: true }).click();
    await expect(page.getByLabel("Bij mij thuis")).toBeChecked();
    await page.getByRole("button", { name: "Toon hulp die past" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Hulp die bij u past" })).toBeVisible();
    const url = new URL(page.url());
    expect(url.searchParams.get("gemeente")).toBe("GM0321");
    expect(url.searchParams.getAll("onderwerp")).toEqual(["health-insurance"]);
    expect(url.searchParams.getAll("signaal")).toEqual(["long-lasting"]);
    expect(url.searchParams.get("leeftijd")).toBe("70");
    expect(url.searchParams.getAll("contact")).toEqual(["home-visit"]);
  });

  test("en without JavaScript: change the municipality from the summary, the other answers kept", async ({ browser }) => {
    const { context, page } = await noJavaScript(browser, "en-GB");
    const summary = `/en/vraagwijzer/samenvatting?${LONE_PROFESSIONAL}`;
    await page.goto(summary);
    await page.getByRole("link", { name: /^Change your answer to: In which municipality/ }).click();
    await expect(page.getByText("Step 2 of 6")).toBeVisible();
    const step = page.url();
    await page.getByLabel(/In which municipality/).selectOption({ label: "Nieuwegein" });
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect(page.getByText("Step 3 of 6")).toBeVisible();
    const url = new URL(page.url());
    expect(url.searchParams.get("gemeente")).toBe("GM0356");
    expect(url.searchParams.get("leeftijd")).toBe("67");
    expect(url.searchParams.getAll("signaal")).toEqual(["long-lasting"]);
    await context.close();
    await scanAll(browser, [summary, step], "en-GB");
  });

  test("the heaviest summary prints on at most 2 A4 pages, with a QR code to its own address", async ({ page, baseURL }) => {
    const path = `/nl/vraagwijzer/samenvatting?${HEAVY}`;
    await page.goto(path);
    await expect(summaryItems(page, "Suggesties")).toHaveCount(6);
    const qr = page.getByRole("img", { name: "QR-code naar deze samenvatting" });
    await expect(qr).toBeHidden();
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: "print" });
    await expect(qr).toBeVisible();
    await expect(page.getByRole("link", { name: /^Wijzig/ }).first()).toBeHidden();
    const src = (await qr.getAttribute("src")) ?? "";
    expect(src.startsWith("data:image/svg+xml")).toBe(true);
    await expect(page.getByRole("link", { name: `${baseURL}/nl/vraagwijzer/samenvatting?voor=carer&gemeente=GM0344&onderwerp=care-at-home` })).toBeVisible();

    const pages = pdfPageCount(await page.pdf({ format: "A4" }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
});
