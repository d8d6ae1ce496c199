/**
 * `npm run bench:import [-- --services N]`: generates a catalogue (default 5,000 services),
 * imports it into a fresh embedded database (or TEST_DATABASE_URL's server with --postgres),
 * imports it again (nothing may change) and prints time and peak memory.
 */
import { mkdtempSync, rmSync } from "node:fs";
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
const usePostgres = process.argv.includes("--postgres");

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`${label.padEnd(34)} ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
}

const document = generateCatalogue(services);
const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
const db = usePostgres ? await createTestDatabase("postgres") : await openDatabase(parseEnv({ DATA_DIR: dataDir }));
console.log(`engine: ${db.engine}; catalogue: ${services} services, ${(document.organizations as unknown[]).length} organisations, ${(document.locations as unknown[]).length} locations`);
try {
  const first = await timed("first import (empty database)", () => importCatalogue(db.prisma, document));
  if (!first.ok) throw new Error(`invalid generated catalogue: ${JSON.stringify(first.problems.slice(0, 3))}`);
  const again = await timed("same file again (no changes)", () => importCatalogue(db.prisma, document));
  if (!again.ok || again.counts.services.updated + again.counts.services.created !== 0) {
    throw new Error("re-import changed records");
  }
  console.log(`peak memory (RSS)                  ${mb(peakRss)}`);
  console.log(`created services: ${first.counts.services.created}, supporters: ${first.counts.supporters.created}`);
} finally {
  clearInterval(sampler);
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
