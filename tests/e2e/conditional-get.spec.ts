import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { shardDataDir } from "./shard";

/**
 * Conditional GET on the real portal (lib/server/conditional-get.ts in front of Next.js):
 * a shared resident page the visitor has answers 304 until the catalogue changes; staff
 * pages and posts never do.
 */
const SERVICE = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";
const demoFile = "prisma/demo/catalogue.json";

/** Imports a catalogue file into the running portal through `npm run catalogue:import` (the owner channel). */
function importCatalogue(document: unknown): void {
  const file = path.join(os.tmpdir(), `portal-e2e-catalogue-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(document));
  execFileSync(process.execPath, ["--import", "tsx", "scripts/catalogue-import.ts", file], {
    env: { ...process.env, DATA_DIR: shardDataDir(), DATABASE_URL: "" },
    stdio: "pipe",
  });
}

test("a service page the browser has answers 304 until the catalogue changes, then 200 with a new ETag", async ({ request }) => {
  const page = `/nl/aanbod/${SERVICE}`;
  const first = await request.get(page);
  expect(first.status()).toBe(200);
  const tag = first.headers()["etag"];
  expect(tag).toMatch(/^W\/"/);
  expect(first.headers()["cache-control"]).toBe("no-cache");

  const again = await request.get(page, { headers: { "If-None-Match": tag! } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);

  const document = JSON.parse(readFileSync(demoFile, "utf8")) as { services: Array<{ id: string; description: Record<string, string> }> };
  const service = document.services.find((s) => s.id === SERVICE)!;
  service.description = { ...service.description, nl: "Een nieuwe beschrijving na de wijziging." };
  try {
    importCatalogue(document);
    const changed = await request.get(page, { headers: { "If-None-Match": tag! } });
    expect(changed.status()).toBe(200);
    expect(changed.headers()["etag"]).toMatch(/^W\/"/);
    expect(changed.headers()["etag"]).not.toBe(tag);
    expect(await changed.text()).toContain("Een nieuwe beschrijving na de wijziging.");
  } finally {
    importCatalogue(JSON.parse(readFileSync(demoFile, "utf8")));
  }
});

test("staff pages, the sign-in page and posts never answer 304 and carry no ETag", async ({ request, baseURL }) => {
  for (const page of ["/nl/werk", "/nl/beheer", "/nl/inloggen", "/en/werk/inbox"]) {
    const response = await request.get(page, { headers: { "If-None-Match": "*" }, maxRedirects: 0 });
    expect(response.status(), page).not.toBe(304);
    expect(response.headers()["etag"], page).toBeUndefined();
  }
  const posted = await request.post("/nl/aanbod", { headers: { "If-None-Match": "*", Origin: new URL(baseURL!).origin }, form: { q: "hulp" }, maxRedirects: 0 });
  expect(posted.status()).not.toBe(304);
  // A visitor with a cookie (a signed-in professional) gets the page rendered for them.
  const withCookie = await request.get("/nl/aanbod", { headers: { "If-None-Match": "*", Cookie: "portal-session=x" } });
  expect(withCookie.status()).toBe(200);
  expect(withCookie.headers()["etag"]).toBeUndefined();
});

test("a page the browser revalidates still runs its scripts (the kept CSP nonce matches)", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto("/nl/aanbod?gemeente=GM0344");
  // On a wide screen the filters' <details> is opened by script (FilterFold).
  await expect(page.locator("details", { has: page.locator("summary", { hasText: /^Filters/ }) })).toHaveJSProperty("open", true);
  const revalidated = page.waitForRequest((r) => r.isNavigationRequest() && r.url().includes("/nl/aanbod"));
  await page.reload();
  expect(await (await revalidated).headerValue("if-none-match")).toMatch(/^W\/"/);
  await expect(page.locator("details", { has: page.locator("summary", { hasText: /^Filters/ }) })).toHaveJSProperty("open", true);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});
