import { existsSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { REVISION_REUSE_MS } from "@/lib/catalogue/revision";
import { withClient, withDatabase } from "@/tests/helpers/pg-client";
import { expectNoAxeViolations } from "./axe";
import { ci, startPortal, stop, ThrowawayCluster, waitFor, type Running } from "./servers";

/**
 * The database goes away while the portal runs (its own throwaway PostgreSQL cluster,
 * stopped with pg_ctl): resident pages keep answering from the catalogue in memory and
 * say how old it is, forms and staff pages answer a calm 503 in the visitor's language,
 * and when the database is back everything works again without a restart.
 */
const canMakeCluster = existsSync("/usr/lib/postgresql/15/bin/initdb");
test.skip(!canMakeCluster && !ci, "needs PostgreSQL's binaries (/usr/lib/postgresql/15/bin) for a throwaway cluster");
test.describe.configure({ mode: "serial", timeout: 120_000 });

const PORT = 3243;
const base = `http://127.0.0.1:${PORT}`;
const UTRECHT_SERVICE = "2696ae8a-a20f-5934-9de1-f00cf5373bd5";
const NOTICE = "We kunnen nu niet controleren of er iets is veranderd.";
const residentPages = ["/nl", "/nl/aanbod?gemeente=GM0344", `/nl/aanbod/${UTRECHT_SERVICE}`, "/nl/vraagwijzer", "/nl/folder?gemeente=GM0344"];

const cluster = new ThrowawayCluster(55433);
let portal: Running | undefined;

test.beforeAll(async () => {
  test.setTimeout(200_000);
  cluster.create();
  cluster.start();
  await withClient(cluster.url, (client) => client.query("create database portal"));
  portal = startPortal(PORT, { DATABASE_URL: withDatabase(cluster.url, "portal"), PUBLIC_ORIGIN: base });
  await waitFor(`${base}/readyz`, 200, 180_000, portal);
});

test.afterAll(async () => {
  await stop(portal);
  cluster.remove();
});

/** Status of each resident page, and whether it carries the notice of the catalogue's age. */
async function readPages(request: APIRequestContext) {
  const seen: { path: string; status: number; notice: boolean }[] = [];
  for (const path of residentPages) {
    const response = await request.get(`${base}${path}`, { headers: { "accept-language": "nl" } });
    seen.push({ path, status: response.status(), notice: (await response.text()).includes(NOTICE) });
  }
  return seen;
}

test("while the database is down, resident pages answer from memory with the notice; forms and staff pages a calm 503", async ({ browser, request }) => {
  test.setTimeout(300_000);
  const before = await readPages(request);
  expect(before.every((s) => s.status === 200 && !s.notice), JSON.stringify(before)).toBe(true);

  cluster.stop();
  await waitFor(`${base}/readyz`, 503, 20_000, portal);
  const ready = await request.get(`${base}/readyz`);
  expect(await ready.json()).toMatchObject({ status: "not ready", database: "unreachable" });
  expect(ready.headers()["cache-control"]).toBe("no-store");
  expect((await request.get(`${base}/healthz`)).status()).toBe(200);

  // Pages take the revision the database confirmed as current for a second (REVISION_REUSE_MS):
  // after that they ask again, find the database gone and say so.
  await new Promise((resolve) => setTimeout(resolve, REVISION_REUSE_MS));
  const during = await readPages(request);
  expect(during, JSON.stringify(during)).toEqual(residentPages.map((path) => ({ path, status: 200, notice: true })));
  // An address that does not exist, and a service that does not: a real 404, with the notice too.
  for (const path of ["/nl/bestaat-niet", "/nl/aanbod/00000000-0000-4000-8000-000000000000"]) {
    const missing = await request.get(`${base}${path}`);
    expect([path, missing.status(), (await missing.text()).includes(NOTICE)]).toEqual([path, 404, true]);
  }
  // In a browser (the pages above were read without running any script): the notice and the calm 503 pages.
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(`${base}/nl/aanbod/${UTRECHT_SERVICE}`);
  await expect(page.getByText(/Deze informatie is van \d+ \w+ \d{4} om \d+\.\d\d uur\./)).toBeVisible();
  await expectNoAxeViolations(page);

  // A staff page and a form: 503, calm, in the visitor's language, nothing technical.
  for (const [path, title] of [
    ["/nl/inloggen", "Dit deel van de website werkt nu even niet"],
    ["/en/inloggen", "This part of the website is not working right now"],
    [`/nl/contact/${UTRECHT_SERVICE}`, "Dit deel van de website werkt nu even niet"],
  ] as const) {
    const response = await page.goto(`${base}${path}`);
    expect(response!.status(), path).toBe(503);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator("body")).not.toContainText(/error|ECONNREFUSED|prisma|stack/i);
  }
  await expectNoAxeViolations(page);
  await context.close();
  const post = await request.post(`${base}/nl/contact/${UTRECHT_SERVICE}`, { headers: { Origin: base }, form: { name: "Jan" }, maxRedirects: 0 });
  expect(post.status()).toBe(503);

  // Back: everything recovers without a restart.
  cluster.start();
  await waitFor(`${base}/readyz`, 200, 30_000, portal);
  const after = await readPages(request);
  expect(after.every((s) => s.status === 200 && !s.notice), JSON.stringify(after)).toBe(true);
  const signIn = await request.get(`${base}/nl/inloggen`);
  expect(signIn.status()).toBe(200);
  expect(await signIn.text()).toContain("E-mailadres");
  expect(portal!.child.exitCode).toBeNull();
});
