import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { withClient, withDatabase } from "@/tests/helpers/pg-client";
import { runScript } from "@/tests/helpers/spawn";
import { expectNoAxeViolations } from "./axe";
import { ci, startNginx, startPortal, stop, waitFor, type Running } from "./servers";
import { PASSWORD, signInWithPassword, users } from "./staff-users";

/**
 * Two app servers on one PostgreSQL database behind a real nginx, as a municipality runs
 * the portal (docs/deploy/nginx.conf): sessions, catalogue changes and rate limits are
 * shared through the database, the retention purge runs on one server per period, and a
 * server stopped with SIGTERM finishes what it was doing while nginx sends the rest to the other.
 */
const adminUrl = process.env.TEST_DATABASE_URL;
test.skip(!adminUrl && !ci, "needs TEST_DATABASE_URL (a PostgreSQL server to make a database on)");
test.describe.configure({ mode: "serial", timeout: 120_000 });

const PROXY = 3240;
const [A, B] = [3241, 3242];
const origin = `http://127.0.0.1:${PROXY}`;
const direct = (port: number) => `http://127.0.0.1:${port}`;
const UTRECHT_SERVICE = "2696ae8a-a20f-5934-9de1-f00cf5373bd5";
const RETENTION_SECONDS = 2;

const database = `portal_multi_${randomBytes(5).toString("hex")}`;
let databaseUrl = "";
let servers: Running[] = [];
let proxy: ReturnType<typeof startNginx> | undefined;

const admin = <T>(work: (client: pg.Client) => Promise<T>, url = adminUrl!): Promise<T> => withClient(url, work);

test.beforeAll(async () => {
  test.setTimeout(240_000);
  if (!adminUrl) throw new Error("CI must run this test: set TEST_DATABASE_URL.");
  await admin((c) => c.query(`create database ${database}`));
  databaseUrl = withDatabase(adminUrl, database);
  const settings = {
    DATABASE_URL: databaseUrl,
    PUBLIC_ORIGIN: origin,
    TRUSTED_PROXY_HOPS: "1",
    RETENTION_INTERVAL_SECONDS: String(RETENTION_SECONDS),
  };
  // Both at once on the empty database: the start-up lock lets one migrate and load the demo catalogue.
  servers = [startPortal(A, settings), startPortal(B, settings)];
  await Promise.all(servers.map((server, i) => waitFor(`${direct([A, B][i]!)}/readyz`, 200, 200_000, server)));
  proxy = startNginx(PROXY, [`127.0.0.1:${A}`, `127.0.0.1:${B}`]);
  await waitFor(`${origin}/healthz`, 200, 20_000, proxy);
});

test.afterAll(async () => {
  await Promise.all([...servers, proxy].map((running) => stop(running)));
  if (adminUrl) await admin((c) => c.query(`drop database if exists ${database} with (force)`));
});

test("both servers are ready on one database with one demo catalogue, and nginx serves the portal", async ({ request }) => {
  for (const port of [A, B]) {
    const ready = await request.get(`${direct(port)}/readyz`);
    expect(ready.headers()["cache-control"]).toBe("no-store");
    expect(await ready.json()).toEqual({ status: "ready", database: "reachable", migrations: "applied", catalogue: "loaded" });
  }
  // Loaded once: two servers starting together did not both import it.
  const counts = await admin((c) => c.query(`select count(*)::int as n, count(distinct "id")::int as ids from "Service"`), databaseUrl);
  expect(counts.rows[0].n).toBe(counts.rows[0].ids);
  expect(counts.rows[0].n).toBeGreaterThan(0);
  expect(servers.map((s) => s.log()).join("").match(/loaded the demo catalogue/g)).toHaveLength(1);
  const home = await request.get(`${origin}/nl`);
  expect(home.status()).toBe(200);
});

test("a sign-in through nginx is valid on both servers", async ({ browser, request }) => {
  const staff = users.staff;
  const created = await runScript(
    "scripts/user-create.ts",
    ["--email", staff.email, "--role", staff.role, "--name", staff.name, "--password", PASSWORD],
    { DATABASE_URL: databaseUrl, DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "portal-cli-")) },
  );
  expect(created.code, created.stderr).toBe(0);
  const context = await browser.newContext({ baseURL: origin, locale: "nl-NL" });
  const page = await context.newPage();
  await signInWithPassword(page, staff.email);
  await expect(page).not.toHaveURL(/inloggen/, { timeout: 30_000 });
  await expectNoAxeViolations(page);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  for (const port of [A, B]) {
    const signedIn = await request.get(`${direct(port)}/nl/werk`, { headers: { cookie }, maxRedirects: 0 });
    expect(signedIn.status(), `server ${port}`).toBe(200);
    expect(await signedIn.text()).toContain("Zoek een cliëntondersteuner");
    // Without the cookie the same page sends to signing in: the check above can fail.
    const anonymous = await request.get(`${direct(port)}/nl/werk`, { maxRedirects: 0 });
    expect(anonymous.status()).toBeGreaterThanOrEqual(300);
    expect(anonymous.status()).toBeLessThan(400);
  }
  await context.close();
});

test("an import by another process is on both servers at the next request", async ({ request }) => {
  const page = (port: number) => request.get(`${direct(port)}/nl/aanbod/${UTRECHT_SERVICE}`).then((r) => r.text());
  // Both servers have the catalogue in memory before the change.
  for (const port of [A, B]) expect(await page(port)).toContain("Cliëntondersteuning Utrecht");
  const catalogue = JSON.parse(readFileSync("prisma/demo/catalogue.json", "utf8")) as { services: { id: string; name: { nl: string } }[] };
  const service = catalogue.services.find((s) => s.id === UTRECHT_SERVICE)!;
  service.name.nl = "Cliëntondersteuning Utrecht Oost";
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "portal-import-")), "catalogue.json");
  writeFileSync(file, JSON.stringify(catalogue));
  const imported = await runScript("scripts/catalogue-import.ts", [file], { DATABASE_URL: databaseUrl, DATA_DIR: path.dirname(file) });
  expect(imported.code, imported.stderr).toBe(0);
  for (const port of [A, B]) expect(await page(port)).toContain("Cliëntondersteuning Utrecht Oost");
});

test("rate limits count the requests of both servers together", async () => {
  // One visitor behind nginx (TRUSTED_PROXY_HOPS=1: the last X-Forwarded-For entry), alternately on each server.
  const headers = { "x-forwarded-for": `198.51.100.${10 + Math.floor(Math.random() * 200)}` };
  const url = (i: number) => `${direct(i % 2 === 0 ? A : B)}/api/hsds/taxonomies`;
  const first = await fetch(url(0), { headers });
  expect(first.status).toBe(200);
  const cached = { ...headers, "if-none-match": first.headers.get("etag")! };
  const LIMIT = 600; // API_LIMIT in lib/open-data/api.ts: per address and minute
  const statuses: number[] = [];
  for (let i = 1; i < LIMIT; i += 10) {
    statuses.push(...(await Promise.all(Array.from({ length: Math.min(10, LIMIT - i) }, (_, j) => fetch(url(i + j), { headers: cached }).then((r) => r.status)))));
  }
  expect(statuses.filter((s) => s !== 304)).toEqual([]);
  // Each server alone answered half of the limit; together they reached it.
  for (const i of [0, 1]) expect((await fetch(url(i), { headers: cached })).status).toBe(429);
});

test("the retention purge runs on one server per period", async () => {
  const runs = () =>
    servers
      .flatMap((server) => [...server.log().matchAll(/"event":"retention purge","period":"([^"]+)"/g)].map((m) => Date.parse(m[1]!)))
      .sort((a, b) => a - b);
  await expect.poll(() => runs().length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  const times = runs();
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  // One run per period, whichever server claimed it; two servers on their own would each run every period.
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(RETENTION_SECONDS * 1000);
  const lease = await admin((c) => c.query(`select count(*)::int as n from "RateLimitBucket" where "key" = 'job:retention-purge'`), databaseUrl);
  expect(lease.rows[0].n).toBe(1);
});

test("a server stopped with SIGTERM finishes its request in flight while nginx sends new ones to the other", async () => {
  const [serverA] = servers;
  // A post whose body is still coming: in flight on server A when the signal arrives.
  const body = "stap=klaar&gemeente=GM0344";
  const socket = net.connect(A, "127.0.0.1");
  await new Promise<void>((resolve) => socket.once("connect", resolve));
  let answer = "";
  socket.on("data", (d: Buffer) => (answer += d.toString()));
  const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
  socket.write(
    `POST /nl/vraagwijzer/tonen HTTP/1.1\r\nHost: 127.0.0.1:${A}\r\nOrigin: ${origin}\r\n` +
      `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
  );
  await new Promise((r) => setTimeout(r, 500));
  serverA!.child.kill("SIGTERM");
  await expect.poll(() => serverA!.log()).toContain("finishing the requests in flight");

  // New connections to A are refused; nginx answers from B.
  expect(await fetch(`${direct(A)}/healthz`).then(() => "answered", () => "refused")).toBe("refused");
  for (let i = 0; i < 4; i++) expect((await fetch(`${origin}/nl/aanbod`)).status).toBe(200);
  expect(serverA!.child.exitCode).toBeNull();

  socket.write(body.slice(5));
  await closed;
  expect(answer).toMatch(/^HTTP\/1\.1 303/);
  expect(answer).toContain("/nl/vraagwijzer/suggesties");
  expect(await serverA!.exited).toBe(143);
  expect(serverA!.log()).toContain('"event":"stop"');
});
