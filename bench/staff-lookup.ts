/**
 * `npm run bench:lookup [-- --services N] [--postgres]`: the staff lookup on a generated
 * catalogue (default 5,000 services). Prints the median and slowest time of typical
 * searches, as a user types them. Printed, never asserted.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { openDatabase } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { parseDirectoryFilters } from "@/lib/catalogue/directory/filters";
import { searchLookup } from "@/lib/catalogue/staff-lookup";
import { createTestDatabase } from "@/tests/helpers/db";
import { generateCatalogue } from "./generate";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const services = Number(arg("services") ?? 5000);
const usePostgres = process.argv.includes("--postgres");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
const db = usePostgres ? await createTestDatabase("postgres") : await openDatabase(parseEnv({ DATA_DIR: dataDir }));
const searches: Record<string, string>[] = [
  { q: "t" }, { q: "tu" }, { q: "turks" }, { q: "turks j" }, { q: "turks jeugd" },
  { q: "schulden", gemeente: "GM0344" }, { soort: "experience-expert", taal: "tr" }, { q: "mantelzorg", nieuw: "ja", onafhankelijk: "ja" }, {},
];
try {
  const imported = await importCatalogue(db.prisma, generateCatalogue(services));
  if (!imported.ok) throw new Error("invalid generated catalogue");
  console.log(`engine: ${db.engine}; ${services} services`);
  for (const params of searches) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      total = (await searchLookup(db.prisma, parseDirectoryFilters(params).filters, "nl")).total;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`${JSON.stringify(params).padEnd(60)} ${String(total).padStart(5)} hits  median ${times[3]!.toFixed(0)} ms  max ${times[6]!.toFixed(0)} ms`);
  }
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
