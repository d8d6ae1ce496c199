import { expect, test, type APIRequestContext } from "@playwright/test";
import { ATTENDING_CODES, DOMAIN_CODES, KIND_CODES, LIVED_EXPERIENCE_CODES, TARGET_GROUP_CODES } from "@/lib/catalogue/vocabulary";
import { expectNoAxeViolations } from "./axe";

/**
 * Issue 11, points 4, 7 and 8: a crawl of every resident page reachable from the home
 * page, in Dutch and English. No page says "aannemen" (reads as hiring staff), none shows
 * a raw vocabulary code, and every page's footer links to the privacy, accessibility and
 * contact pages. One page of each kind also gets an axe scan.
 */
const STAFF_AREAS = /^\/(nl|en)\/(werk|beheer|inloggen)(\/|$)|^\/api\//;
const PER_PATH = 3; // query variants of one page (filters, pages) worth reading
const MAX_PAGES = 220;

// Codes with a hyphen cannot be mistaken for words; "walk-in" is plain English too.
const RAW_CODES = [...KIND_CODES, ...DOMAIN_CODES, ...TARGET_GROUP_CODES, ...ATTENDING_CODES, ...LIVED_EXPERIENCE_CODES].filter(
  (code, index, all) => code.includes("-") && code !== "walk-in" && all.indexOf(code) === index,
);

/** The text a visitor sees: no scripts, styles, tags or attributes; written-out addresses left out. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, " ")
    .replace(/<style[\s\S]*?<\/style>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\s+/g, " ");
}

function links(html: string, base: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/gi)].flatMap(([, href]) => {
    const url = new URL(href!.replace(/&amp;/g, "&"), base);
    return url.origin === new URL(base).origin ? [url.pathname + url.search] : [];
  });
}

/** A page kind: the path with ids left out, for one axe scan per kind. */
const kindOf = (path: string) => path.split("?")[0]!.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ":id");

/**
 * Where the crawl starts: the home page, plus the pages a form leads to (the crawl
 * follows links only): every vraagwijzer step, the suggestions, the summary and the walk-in page of each municipality.
 */
function seeds(locale: string): string[] {
  const answers = "voor=self&gemeente=GM0344&onderwerp=money-debt&onderwerp=objection-complaint&signaal=decision&leeftijd=70&taal=tr&ervaring=debt&contact=walk-in";
  return [
    `/${locale}`,
    ...[1, 2, 3, 4, 5, 6].map((step) => `/${locale}/vraagwijzer?${answers}&stap=${step}`),
    `/${locale}/vraagwijzer/suggesties?${answers}`,
    `/${locale}/vraagwijzer/samenvatting?${answers}`,
    // The walk-in page of each municipality: the home page links it only once one is chosen.
    ...["GM0344", "GM0321", "GM0356"].map((code) => `/${locale}/spreekuren?gemeente=${code}`),
  ];
}

async function crawl(request: APIRequestContext, locale: string) {
  const queue = seeds(locale);
  const seen = new Set(queue);
  const perPath = new Map<string, number>();
  const pages: Array<{ path: string; html: string }> = [];
  while (queue.length > 0 && pages.length < MAX_PAGES) {
    const path = queue.shift()!;
    const response = await request.get(path, { headers: { "Accept-Language": locale } });
    // A temporarily closed service takes no contact requests: its contact page is a 404.
    if (response.status() === 404 && path.includes("/contact/")) continue;
    expect(response.status(), path).toBeLessThan(400);
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    const html = await response.text();
    pages.push({ path, html });
    // Each service can be contacted (the suggestions post to that page): read those too.
    const service = /^\/(nl|en)\/aanbod\/([0-9a-f-]{36})$/.exec(path);
    const found = service ? [...links(html, response.url()), `/${locale}/contact/${service[2]}`] : links(html, response.url());
    for (const link of found) {
      const pathname = link.split("?")[0]!;
      if (seen.has(link) || STAFF_AREAS.test(pathname) || !pathname.startsWith(`/${locale}`) || /\/foto\//.test(pathname)) continue;
      const count = perPath.get(pathname) ?? 0;
      if (count >= PER_PATH) continue;
      perPath.set(pathname, count + 1);
      seen.add(link);
      queue.push(link);
    }
  }
  return pages;
}

for (const locale of ["nl", "en"]) {
  test(`${locale}: every resident page uses plain words, labels every code, and links the trust pages in its footer`, async ({ request, page }) => {
    test.setTimeout(300_000);
    const pages = await crawl(request, locale);
    // The home page leads to the directory, the service pages, contact, compare, the leaflet, the vraagwijzer and the trust pages.
    expect(pages.length).toBeGreaterThan(70);
    expect(pages.filter((p) => p.path.includes("/contact/")).length).toBeGreaterThan(20);
    const kinds = new Map<string, string>();
    for (const { path, html } of pages) {
      const text = visibleText(html);
      expect(text, path).not.toMatch(/aanneemt|aannemen/i);
      for (const code of RAW_CODES) expect(text.includes(code), `${path} shows the raw code ${code}`).toBe(false);
      const footer = /<footer[\s\S]*?<\/footer>/i.exec(html)?.[0] ?? "";
      for (const trust of ["privacy", "toegankelijkheid", "colofon"]) expect(footer, `${path} footer links ${trust}`).toContain(`href="/${locale}/${trust}"`);
      if (!kinds.has(kindOf(path))) kinds.set(kindOf(path), path);
    }
    for (const path of kinds.values()) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
}
