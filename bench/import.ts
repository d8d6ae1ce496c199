/**
 * `npm run bench:import [-- --services N]`: generates a catalogue (default 5,000 services),
 * imports it into a fresh embedded database and, when TEST_DATABASE_URL is set, into a
 * fresh database on that PostgreSQL server; imports it again (nothing may change) and
 * prints time and peak memory (RSS) per engine. Each engine runs in its own process, so
 * one's memory does not count for the other, started with the Node options of
 * `npm run catalogue:import` (`--plain`: without them). `--engine pglite|postgres` (or
 * `--postgres`) runs one engine in this process, with this process's options.
 *
 * The database exists before the import starts, as it does when the portal imports:
 * creating an embedded database (initdb) is not part of an import. Peak memory is the
 * kernel's high-water mark (VmHWM), reset after the database is open.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { openDatabase } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { createTestDatabase } from "@/tests/helpers/db";
import { generateCatalogue } from "./generate";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const services = Number(arg("services") ?? 5000);
const engine = process.argv.includes("--postgres") ? "postgres" : arg("engine");
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The kernel's peak RSS of this process since the last reset, in bytes (Linux); else the lifetime peak. */
function peakRss(): number {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
  return hwm ? Number(hwm) * 1024 : process.resourceUsage().maxRSS * 1024;
}
function resetPeak(): void {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
  } catch {
    // not Linux: the lifetime peak is reported
  }
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`  ${label.padEnd(32)} ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
}

async function runOne(which: "pglite" | "postgres"): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
  const config = parseEnv({ DATA_DIR: dataDir });
  if (which === "pglite") {
    // Created and migrated in another process: the import finds an existing database.
    const made = spawnSync(process.execPath, ["--import", "tsx", "tests/fixtures/db-open.ts", "0"], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" }, stdio: "ignore" });
    if (made.status !== 0) throw new Error("could not create the embedded database");
  }
  const db = which === "postgres" ? await createTestDatabase("postgres") : await openDatabase(config);
  const document = generateCatalogue(services);
  const before = process.memoryUsage().rss;
  resetPeak();
  console.log(`engine: ${which}; catalogue: ${services} services, ${(document.organizations as unknown[]).length} organisations, ${(document.locations as unknown[]).length} locations`);
  try {
    const first = await timed("first import (empty database)", () => importCatalogue(db.prisma, document));
    if (!first.ok) throw new Error(`invalid generated catalogue: ${JSON.stringify(first.problems.slice(0, 3))}`);
    const firstPeak = peakRss();
    const again = await timed("same file again (no changes)", () => importCatalogue(db.prisma, document));
    if (!again.ok || again.counts.services.updated + again.counts.services.created !== 0) {
      throw new Error("re-import changed records");
    }
    console.log(`  memory before the import (RSS)   ${mb(before)}`);
    console.log(`  peak of the first import (RSS)   ${mb(firstPeak)}`);
    console.log(`  peak memory (RSS)                ${mb(peakRss())}`);
    console.log(`  created services: ${first.counts.services.created}, supporters: ${first.counts.supporters.created}`);
  } finally {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The Node options of `npm run catalogue:import` (package.json), so each engine is measured
 * as the command runs: in V8's memory-saving mode (README of lib/catalogue/interchange, "Memory").
 */
function importCommandNodeArgs(): string[] {
  const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
  const words = scripts["catalogue:import"]!.split(/\s+/);
  if (words[0] !== "node") throw new Error(`catalogue:import is not a node command: ${scripts["catalogue:import"]}`);
  return words.slice(1, -1);
}

if (engine === "pglite" || engine === "postgres") {
  await runOne(engine);
} else {
  const engines = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  if (!process.env.TEST_DATABASE_URL) console.log("(set TEST_DATABASE_URL to measure on a PostgreSQL server as well)");
  const node = process.argv.includes("--plain") ? ["--import", "tsx"] : importCommandNodeArgs();
  console.log(`node ${node.join(" ")} (as \`npm run catalogue:import\`${process.argv.includes("--plain") ? ", without its V8 settings" : ""})`);
  for (const which of engines) {
    const run = spawnSync(process.execPath, [...node, "bench/import.ts", ...process.argv.slice(2), "--engine", which], { stdio: "inherit" });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
