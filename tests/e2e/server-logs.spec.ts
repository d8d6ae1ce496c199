import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createAccount, signInWithPassword, users, YOUTH_SERVICE } from "./staff-users";

/**
 * The production server's log: a second portal (the build the journeys use, its own data
 * folder) runs with its output captured, a resident sends a contact request and a
 * wijkteam member makes a handover with recognisable personal details, and then the whole
 * output is read: JSON on every line, the fields of a request line, and none of the details.
 */
const port = Number(process.env.E2E_LOG_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 15);
const origin = `http://127.0.0.1:${port}`;

const resident = { name: "Wilhelmina Logvrij", email: "wilhelmina.logvrij@example.nl", question: "Pelikaanvlucht boven de Vecht en mijn schulden" };
const handover = { name: "Bartholomeus Nooitgelogd", phone: "06 31415926", question: "Zijn dochter Kwikstaartje wacht op jeugdhulp" };
const searchWords = "Zeldzaamzoekwoord";
// Every piece of those details that must never appear in the log, also without spaces.
const secrets = [
  ...Object.values(resident), ...Object.values(handover), searchWords,
  "Wilhelmina", "Logvrij", "wilhelmina.logvrij", "Bartholomeus", "Nooitgelogd", "31415926", "0631415926", "Pelikaanvlucht", "Kwikstaartje",
];

let server: ChildProcess;
let output = "";
let dataDir: string;

test.beforeAll(async () => {
  // A second production server starting on a busy machine (opening its database, loading the demo catalogue).
  test.setTimeout(900_000);
  dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-logs-"));
  server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: "", NODE_ENV: "production", REQUIRE_TOTP: "false", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  server.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  for (let i = 0; ; i++) {
    const ready = await fetch(`${origin}/nl`).then((r) => r.ok, () => false);
    if (ready) break;
    if (i > 1700) throw new Error(`the second portal did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  createAccount(users.staff, dataDir);
});

test.afterAll(() => {
  server?.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

test("request and event lines are JSON with their fields, and hold nothing a resident or staff member typed", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: origin, locale: "nl-NL" });
  const page = await context.newPage();

  // A resident searches (the words travel in the query string) and sends a contact request.
  const search = await page.goto(`/nl/aanbod?q=${searchWords}`);
  const requestId = search!.headers()["x-request-id"];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page);
  await page.goto(`/nl/contact/${YOUTH_SERVICE}?voor=kind&onderwerp=${encodeURIComponent(resident.question)}`);
  await page.getByLabel("Uw naam").fill(resident.name);
  await page.getByLabel("E-mailadres").fill(resident.email);
  await page.getByLabel("Uw vraag, in uw eigen woorden").fill(resident.question);
  await page.getByLabel("Ja, ik geef toestemming").check();
  await page.getByRole("button", { name: "Verstuur" }).click();
  // The confirmation page's address holds the request number only.
  await expect(page).toHaveURL(/\/nl\/contact\/[0-9a-f-]{36}\/verstuurd\?nummer=[0-9A-F]{4}-[0-9A-F]{4}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Uw aanvraag is verstuurd" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A wijkteam member hands a resident over.
  await signInWithPassword(page, users.staff.email);
  await expect(page).toHaveURL(/\/nl\/werk$/);
  await page.goto(`/nl/werk/verbinden/${YOUTH_SERVICE}`);
  await page.getByLabel("Naam van de inwoner").fill(handover.name);
  await page.getByLabel("Telefoonnummer").fill(handover.phone);
  await page.getByLabel("De vraag, in de woorden van de inwoner").fill(handover.question);
  await page.getByLabel("De inwoner is het hiermee eens").check();
  await page.getByRole("button", { name: "Verbinden" }).click();
  await expect(page).toHaveURL(/\/nl\/werk\/overdrachten\/[0-9a-f-]{36}$/);
  await expect(page.getByText(handover.question).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();

  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));

  const lines = output.split("\n").filter((line) => line.trim() !== "");
  const records = lines.map((line) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`not a JSON line: ${line}`);
    }
  });
  for (const record of records) {
    expect(typeof record.level).toBe("string");
    expect(Number.isNaN(Date.parse(String(record.time)))).toBe(false);
  }
  const requests = records.filter((r) => r.msg === "request");
  for (const r of requests) {
    expect(r).toMatchObject({ reqId: expect.any(String), method: expect.any(String), path: expect.any(String), status: expect.any(Number), durationMs: expect.any(Number) });
    expect(String(r.path)).not.toMatch(/[?#]/);
  }
  expect(requests.find((r) => r.reqId === requestId)).toMatchObject({ method: "GET", path: "/nl/aanbod", status: 200 });
  // The two posts: the resident's server action and the handover's.
  expect(requests.filter((r) => r.method === "POST" && String(r.path).startsWith("/nl/contact/")).length).toBeGreaterThan(0);
  expect(requests.filter((r) => r.method === "POST" && String(r.path).startsWith("/nl/werk/verbinden/")).length).toBeGreaterThan(0);
  expect(records.some((r) => r.event === "start")).toBe(true);
  expect(records.some((r) => r.event === "stop")).toBe(true);

  const lowered = output.toLowerCase();
  for (const secret of secrets) expect(lowered, `the log holds "${secret}"`).not.toContain(secret.toLowerCase());
});
