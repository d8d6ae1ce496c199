import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const PARENTS = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";

/** axe needs JavaScript: scan each address a no-JavaScript journey visited in a normal browser. */
async function scanAll(browser: Browser, urls: string[], locale = "nl-NL") {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  for (const url of urls) {
    await page.goto(url);
    await expectNoAxeViolations(page);
  }
  await context.close();
}

/**
 * Every address the page asked for or showed, and every Referer it sent: the danger
 * answer may appear in none of them (issue 11, point 2).
 */
function watchAddresses(page: Page): string[] {
  const addresses: string[] = [];
  page.on("request", (request) => {
    addresses.push(request.url());
    const referer = request.headers()["referer"];
    if (referer) addresses.push(referer);
  });
  page.on("framenavigated", (frame) => addresses.push(frame.url()));
  return addresses;
}

function expectNoDanger(addresses: string[]) {
  expect(addresses.length).toBeGreaterThan(5);
  for (const address of addresses) expect(decodeURIComponent(address)).not.toMatch(/danger|gevaar/i);
}

async function next(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).click();
}

test.describe("the vraagwijzer", () => {
  test("nl: a parent looking for Turkish-speaking help with their child gets Ayşe's service first, and chooses it", async ({ page }) => {
    await page.goto("/nl/vraagwijzer");
    await expect(page.getByText("Stap 1 van 6", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Voor mijn kind").check();
    await next(page, "Volgende");

    await expect(page.getByText("Stap 2 van 6", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("In welke gemeente woont de persoon die hulp nodig heeft?").selectOption({ label: "Utrecht" });
    await next(page, "Volgende");

    await expect(page.getByRole("heading", { level: 1, name: "Waar gaat uw vraag over?" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel(/Kinderen en gezin/).check();
    await next(page, "Volgende");

    await expect(page.getByText("Stap 4 van 6", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await next(page, "Volgende");

    await expect(page.getByText("Stap 5 van 6", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Hoe oud is de persoon die hulp nodig heeft?").fill("9");
    await next(page, "Volgende");

    await expect(page.getByText("Stap 6 van 6", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    // Going back keeps the answers.
    await next(page, "Vorige");
    await expect(page.getByLabel("Hoe oud is de persoon die hulp nodig heeft?")).toHaveValue("9");
    await next(page, "Volgende");
    await page.getByLabel("In welke taal wilt u praten?").selectOption({ label: "Turks" });
    await page.getByLabel(/Een ervaringsdeskundige/).check();
    await next(page, "Toon hulp die past");

    await expect(page.getByRole("heading", { level: 1, name: "Hulp die bij u past" })).toBeVisible();
    await expectNoAxeViolations(page);
    const first = page.locator("main article").first();
    await expect(first.getByRole("heading", { level: 3 })).toHaveText("Ervaringsouders: hulp bij jeugdhulp en opvoeden");
    await expect(first.getByText("Ayşe K. spreekt Turks")).toBeVisible();
    // Independent formal support is among the suggestions.
    await expect(page.locator("main article").filter({ hasText: "Professionele cliëntondersteuner" }).filter({ hasText: "Onafhankelijk" }).first()).toBeVisible();
    await expect(first.getByRole("link", { name: /Meer over deze hulp/ })).toHaveAttribute("href", `/nl/aanbod/${PARENTS}`);

    await first.getByRole("button", { name: /Kies deze ondersteuner/ }).click();
    await expect(page).toHaveURL(new RegExp(`/nl/contact/${PARENTS}\\?`));
    await expect(page.getByRole("heading", { level: 1, name: /Contact met Ervaringsouders/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "U koos Ayşe K." })).toBeVisible();
    await expect(page.getByRole("link", { name: "030 799 14 10" })).toHaveAttribute("href", "tel:+31307991410");
    await expect(page.getByText(/Elke woensdag, 13\.00 tot 15\.30 uur/)).toBeVisible();
    await expectNoAxeViolations(page);

    // The contact request with JavaScript: errors first, then sent.
    await page.getByRole("button", { name: "Verstuur" }).click();
    await expect(page.getByText("Vul uw naam in.")).toBeVisible();
    await expect(page.getByLabel("Uw naam")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
    await page.getByLabel("Uw naam").fill("Fatma");
    await page.getByLabel("E-mailadres").fill("fatma@example.nl");
    await page.getByLabel("Uw vraag, in uw eigen woorden").fill("Mijn zoon gaat niet graag naar school.");
    await page.getByLabel("Ja, ik geef toestemming").check();
    await page.getByRole("button", { name: "Verstuur" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Uw aanvraag is verstuurd" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("en: an objection puts independent formal support first, the summary can be kept, and nothing fitting says so", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto("/en/vraagwijzer");
    await expectNoAxeViolations(page);
    await page.getByLabel("For myself").check();
    await next(page, "Next");
    await expect(page.getByText("Step 2 of 6")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("In which municipality does the person who needs support live?").selectOption({ label: "Utrecht" });
    await next(page, "Next");
    await expect(page.getByText("Step 3 of 6")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel(/Money and debt/).check();
    await next(page, "Next");
    await expect(page.getByText("Step 4 of 6")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel(/I do not agree with a decision/).check();
    await next(page, "Next");
    await expect(page.getByText("Step 5 of 6")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("How old is the person who needs support?").fill("45");
    await next(page, "Next");
    await expect(page.getByText("Step 6 of 6")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("A trained volunteer").check();
    await next(page, "Show support that fits");

    await expect(page.getByRole("heading", { level: 1, name: "Support that fits you" })).toBeVisible();
    await expect(page.getByText(/Your situation seems complex/)).toBeVisible();
    const first = page.locator("main article").first();
    await expect(first.getByText("Professional client supporter")).toBeVisible();
    await expect(first.getByText("Independent", { exact: true })).toBeVisible();
    await expect(first.getByText("helps in complex situations")).toBeVisible();
    // The informal options stay visible, with an honest caveat.
    await expect(page.getByText(/Volunteers and experience experts are not professional client supporters/).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Summary to keep or print" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Summary of the question guide" })).toBeVisible();
    await expect(page.getByText("45 years")).toBeVisible();
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    expect(page.url()).not.toMatch(/naam|name=|email|phone/);
    await expectNoAxeViolations(page);

    // Nothing fits: a child's question in a municipality without such help.
    await page.goto("/en/vraagwijzer/suggesties?voor=child&gemeente=GM0321&onderwerp=housing&leeftijd=4");
    await expect(page.getByText("We found no support that fits exactly.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Support that comes closest" })).toBeVisible();
    const team = page.getByRole("region", { name: "Asking the municipality for help: this team decides" });
    await expect(team.getByRole("link", { name: "Call 030 799 20 00" })).toHaveAttribute("href", "tel:+31307992000");
    await expectNoAxeViolations(page);
    await context.close();
  });

  test("the whole journey works without JavaScript: crisis page first, then suggestions and a contact request", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const page = await context.newPage();
    const visited: string[] = [];
    const seen = () => visited.push(page.url());
    const addresses = watchAddresses(page);

    await page.goto("/nl/vraagwijzer");
    seen();
    await page.getByLabel("Voor mijzelf").check();
    await next(page, "Volgende");
    // The municipality is needed: moving on without one asks again.
    await next(page, "Volgende");
    await expect(page.getByText("Kies de gemeente. Dan weten we welke hulp er is.")).toBeVisible();
    await expect(page.getByText("Stap 2 van 6", { exact: true })).toBeVisible();
    seen();
    await page.getByLabel("In welke gemeente woont de persoon die hulp nodig heeft?").selectOption({ label: "Nieuwegein" });
    await next(page, "Volgende");
    seen();
    await page.getByLabel(/Langdurige zorg \(Wlz\)/).check();
    await next(page, "Volgende");
    seen();
    await page.getByLabel(/Er is nu gevaar of een crisis/).check();
    await next(page, "Volgende");

    // Crisis first: who to call now, before anything else. The answer came by POST, so
    // the address is still the signals page's, without it.
    await expect(page.getByRole("heading", { level: 1, name: "Is er nu gevaar? Bel meteen." })).toBeVisible();
    await expect(page.getByRole("link", { name: "112", exact: true })).toHaveAttribute("href", "tel:112");
    await expect(page.getByRole("link", { name: "0800-0113" })).toHaveAttribute("href", "tel:08000113");
    await expect(page.getByRole("link", { name: "0800-2000" })).toHaveAttribute("href", "tel:08002000");
    await expect(page.getByText(/Het team van uw gemeente/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Snel weg" })).toHaveAttribute("href", /^https:/);
    await page.getByRole("link", { name: "Verder met de vraagwijzer" }).click();

    await expect(page.getByText("Stap 5 van 6", { exact: true })).toBeVisible();
    await page.getByLabel("Hoe oud is de persoon die hulp nodig heeft?").fill("honderd");
    await next(page, "Volgende");
    await expect(page.getByText(/Vul een leeftijd in van 0 tot en met 120 jaar/)).toBeVisible();
    seen();
    await page.getByLabel("Hoe oud is de persoon die hulp nodig heeft?").fill("82");
    await next(page, "Volgende");
    seen();
    await page.getByLabel("Bij mij thuis").check();
    await next(page, "Toon hulp die past");

    await expect(page.getByRole("heading", { level: 1, name: "Hulp die bij u past" })).toBeVisible();
    // The other answers went on, the danger answer did not.
    expect(page.url()).toContain("onderwerp=long-term-care");
    const first = page.locator("main article").first();
    await expect(first.getByText("Professionele cliëntondersteuner")).toBeVisible();
    seen();
    await page.getByRole("link", { name: "Samenvatting om te bewaren of af te drukken" }).click();
    await expect(page.getByRole("button", { name: "Druk af" })).toHaveCount(0);
    seen();
    await page.goBack();
    await first.getByRole("button", { name: /Kies deze ondersteuner/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Contact met/ })).toBeVisible();
    seen();

    await page.getByLabel("Uw naam").fill("Jan");
    await page.getByLabel("Telefoonnummer").fill("06 12345678");
    await page.getByLabel("Uw vraag, in uw eigen woorden").fill("Ik wil een Wlz-indicatie aanvragen voor mijn vader.");
    await page.getByRole("button", { name: "Verstuur" }).click();
    await expect(page.getByText("Geef toestemming. Anders kunnen we uw vraag niet doorsturen.")).toBeVisible();
    await expect(page.getByLabel("Uw naam")).toHaveValue("Jan");
    await page.getByLabel("Ja, ik geef toestemming").check();
    await page.getByRole("button", { name: "Verstuur" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Uw aanvraag is verstuurd" })).toBeVisible();
    await context.close();

    expectNoDanger(addresses);
    await scanAll(browser, visited);
  });

  test("with JavaScript: crisis numbers in place, and the quick exit leaves no vraagwijzer page in the history", async ({ browser }) => {
    const context = await browser.newContext({ locale: "nl-NL" });
    // The neutral site and a page the resident was on before, served here (no internet in tests).
    await context.route("https://www.google.nl/**", (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Zoeken</title><p>neutral</p>" }));
    const page = await context.newPage();
    const addresses = watchAddresses(page);
    await page.goto("https://www.google.nl/eerder");

    await page.goto("/nl/vraagwijzer");
    await expect(page.getByText(/Klik dan op ‘Snel weg’ of druk op Esc/)).toBeVisible();
    await page.getByLabel("Voor mijzelf").check();
    await next(page, "Volgende");
    await page.getByLabel("In welke gemeente woont de persoon die hulp nodig heeft?").selectOption({ label: "Nieuwegein" });
    await next(page, "Volgende");
    await page.getByLabel(/Langdurige zorg \(Wlz\)/).check();
    await next(page, "Volgende");
    // The signals page posts: "previous" still goes back.
    await next(page, "Vorige");
    await expect(page.getByText("Stap 3 van 6", { exact: true })).toBeVisible();
    await next(page, "Volgende");
    await page.getByLabel(/Er is nu gevaar of een crisis/).check();
    await page.getByLabel(/De situatie duurt al lang/).check();
    await next(page, "Volgende");

    const crisis = page.getByRole("heading", { level: 1, name: "Is er nu gevaar? Bel meteen." });
    await expect(crisis).toBeVisible();
    await expect(page).toHaveTitle("Is er nu gevaar? Bel meteen.");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Verder met de vraagwijzer" }).click();
    await expect(page.getByText("Stap 5 van 6", { exact: true })).toBeVisible();
    await next(page, "Volgende");
    await next(page, "Toon hulp die past");
    await expect(page.getByRole("heading", { level: 1, name: "Hulp die bij u past" })).toBeVisible();
    expect(page.url()).toContain("signaal=long-lasting");

    // Escape: the neutral site, and going back finds the page from before, not the portal.
    await page.locator("html[data-quick-exit=on]").waitFor({ state: "attached" });
    await page.keyboard.press("Escape");
    await page.waitForURL("https://www.google.nl/");
    await page.goBack();
    expect(page.url()).toBe("https://www.google.nl/eerder");
    expectNoDanger(addresses);

    // The button does the same, in English too.
    await page.goto("/en/vraagwijzer?stap=3&gemeente=GM0356");
    await page.getByRole("link", { name: "Leave quickly" }).click();
    await page.waitForURL("https://www.google.nl/");
    await page.goBack();
    expect(page.url()).toBe("https://www.google.nl/eerder");
    await context.close();
  });

  test("an unknown service has a real 404 page without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const page = await context.newPage();
    const response = await page.goto("/nl/contact/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
    const url = page.url();
    await context.close();
    await scanAll(browser, [url]);
  });
});
