import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./tests/e2e/browser";

const port = Number(process.env.E2E_PORT ?? 3210);
// A fresh embedded database per run: the server loads the demo catalogue into it at start.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), "portal-e2e-"));
process.env.E2E_DATA_DIR = dataDir; // workers re-read this config; keep one folder

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "nl-NL",
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: "off",
  },
  webServer: {
    command: "node --import tsx scripts/start.ts",
    url: `http://127.0.0.1:${port}/nl`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The server runs in production mode, where REQUIRE_TOTP is on by default; the journeys' accounts sign
    // in with a password only, and tests/e2e/second-factor.spec.ts sets up and uses the second factor itself.
    // Two residents' requests per service an hour, so tests/e2e/choose-person.spec.ts can show a flooded service
    // refusing politely; every other journey sends at most two requests to one service. Every journey
    // comes from one address (127.0.0.1), so the per-address limit (5 by default) is raised for the run.
    env: { PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1", REQUIRE_TOTP: "false", CONTACT_REQUESTS_PER_SERVICE: "2", CONTACT_REQUESTS_PER_ADDRESS: "50" },
  },
});
