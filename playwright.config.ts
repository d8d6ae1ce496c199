import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, type PlaywrightTestProject } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./tests/e2e/browser";

/**
 * The journeys run in two shards at once, each against a portal of its own with a fresh
 * embedded database (the server loads the demo catalogue into it at start). Within a shard
 * the spec files run one after another, in the alphabet's order, on one database, so a
 * journey that changes a demo record puts it back. Most of a journey's time is waiting (the
 * browser, the server, one database): two shards on two cores nearly halve the run.
 *
 * Shard "servers" holds the specs that start processes of their own (their ports derive from
 * E2E_PORT: +1, +15, +21, +22 and 3240-3243), the long access walk and, to even out the two
 * shards' time (about 12 minutes each on two cores), a few resident journeys; "journeys"
 * holds the rest.
 */
const port = Number(process.env.E2E_PORT ?? 3210);
const SHARD_PORT_OFFSET = { servers: 0, journeys: 50 } as const;
type Shard = keyof typeof SHARD_PORT_OFFSET;
const shardPort = (shard: Shard) => port + SHARD_PORT_OFFSET[shard];

const SERVERS_SHARD = [
  "staff-access.spec.ts",
  "staff-forgiving.spec.ts",
  "multi-server.spec.ts",
  "notices.spec.ts",
  "database-outage.spec.ts",
  "server-logs.spec.ts",
  "trust-pages.spec.ts",
  "home.spec.ts",
  "insight.spec.ts",
  "directory.spec.ts",
];

// One data folder per shard; workers re-read this config, so the folders are made once and passed on.
function dataDir(shard: Shard): string {
  const key = `E2E_DATA_DIR_${shard.toUpperCase()}`;
  process.env[key] ??= mkdtempSync(path.join(os.tmpdir(), `portal-e2e-${shard}-`));
  return process.env[key]!;
}

function shard(name: Shard): PlaywrightTestProject {
  return {
    name,
    workers: 1,
    ...(name === "servers" ? { testMatch: SERVERS_SHARD } : { testIgnore: SERVERS_SHARD }),
    // tests/e2e/shard.ts reads it: the data folder for commands that go through the owning process.
    metadata: { dataDir: dataDir(name) },
    use: { baseURL: `http://127.0.0.1:${shardPort(name)}` },
  };
}

// The portals' settings. The server runs in production mode, where REQUIRE_TOTP is on by default; the journeys'
// accounts sign in with a password only, and tests/e2e/second-factor.spec.ts sets up and uses the second factor itself.
// Two residents' requests per service an hour, so tests/e2e/choose-person.spec.ts can show a flooded service
// refusing politely; every other journey sends at most two requests to one service. Every journey
// comes from one address (127.0.0.1), so the per-address limit (5 by default) is raised for the run.
function server(name: Shard) {
  return {
    // The first portal builds when the build is stale; Playwright starts the second after the first is up.
    command: "node --import tsx scripts/start.ts",
    url: `http://127.0.0.1:${shardPort(name)}/nl`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    env: {
      PORT: String(shardPort(name)),
      DATA_DIR: dataDir(name),
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      REQUIRE_TOTP: "false",
      CONTACT_REQUESTS_PER_SERVICE: "2",
      CONTACT_REQUESTS_PER_ADDRESS: "50",
    },
  };
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  // Two shards share two cores: a page can take a few seconds longer to answer than on its own.
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    locale: "nl-NL",
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: "off",
  },
  projects: [shard("servers"), shard("journeys")],
  webServer: [server("servers"), server("journeys")],
});
