/**
 * `npm test`: the whole suite. Unit and database tests (Vitest; on PostgreSQL too when
 * TEST_DATABASE_URL is set), then the end-to-end journeys (Playwright in Chromium).
 * Under CI nothing may be skipped: no PostgreSQL or no Chromium is a failure there.
 * Ends with one line "N passed, N failed" that CI reads.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumPath } from "@/tests/e2e/browser";

const ci = process.env.CI === "true" || process.env.CI === "1";
const out = mkdtempSync(path.join(os.tmpdir(), "portal-test-"));
const bin = (name: string) => path.resolve("node_modules/.bin", name);

function run(command: string, args: string[]): number {
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }).status ?? 1;
}

type Counts = { passed: number; failed: number; skipped: number };
type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };

/** A runner that wrote no report did not finish: count that as a failure. */
function counts<T>(file: string, read: (report: T) => Counts): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  return read(JSON.parse(readFileSync(file, "utf8")) as T);
}

if (ci && !process.env.TEST_DATABASE_URL) {
  console.error("CI must run the database tests on PostgreSQL too: set TEST_DATABASE_URL.");
  process.exit(1);
}

const unitReport = path.join(out, "vitest.json");
const unitStatus = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitReport}`]);
const unit = counts<VitestReport>(unitReport, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests }));
if (unitStatus !== 0 && unit.failed === 0) unit.failed = 1;

let e2e = { passed: 0, failed: 0, skipped: 0 };
if (!chromiumPath()) {
  if (ci) {
    console.error("Chromium is missing: CI must run the end-to-end tests (.ci/run installs Debian's chromium).");
    e2e.failed = 1;
  } else {
    console.warn("Chromium not found (apt-get install chromium): end-to-end tests skipped on this machine.");
  }
} else {
  const e2eReport = path.join(out, "playwright.json");
  const e2eStatus = spawnSync(bin("playwright"), ["test"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport },
  }).status;
  e2e = counts<PlaywrightReport>(e2eReport, (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky, skipped: r.stats.skipped }));
  if (e2eStatus !== 0 && e2e.failed === 0) e2e.failed = 1;
}

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
const skipped = unit.skipped + e2e.skipped;
if (ci && skipped > 0) console.error(`${skipped} tests were skipped under CI.`);
console.log(`\nunit ${unit.passed} passed, ${unit.failed} failed; end-to-end ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || (ci && skipped > 0) ? 1 : 0);
