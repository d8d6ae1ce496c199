/**
 * `npm run bench:editor [-- --services N] [--runs N] [--postgres]`: the catalogue editor on
 * a generated catalogue (default 5,000 services) in a throwaway database. Prints the
 * median (p50) and p95 of (a) the editor's service list with a search term and a filter,
 * and (b) publishing one change of one service (saveDraft + publishDraft: the write, the
 * version, the history, the search index and the catalogue revision). Printed, never asserted.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { editableRecord, publishDraft, saveDraft } from "@/lib/catalogue/editing/drafts";
import { listServices, serviceListFilters } from "@/lib/catalogue/editing/service-list";
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
const runs = Number(arg("runs") ?? 50);
const usePostgres = process.argv.includes("--postgres");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
const db = usePostgres ? await createTestDatabase("postgres") : await openDatabase(parseEnv({ DATA_DIR: dataDir }));
const author = { origin: "editor" as const, userId: "00000000-0000-4000-8000-000000000001", userName: "Bench" };

function report(label: string, times: number[], extra = "") {
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
  console.log(`${label.padEnd(48)} p50 ${at(50).toFixed(1).padStart(7)} ms  p95 ${at(95).toFixed(1).padStart(7)} ms  (${times.length} runs${extra})`);
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

try {
  const catalogue = generateCatalogue(services) as { municipalities: Array<{ code: string }>; services: Array<{ id: string }> };
  const imported = await importCatalogue(db.prisma, catalogue);
  if (!imported.ok) throw new Error("invalid generated catalogue");
  console.log(`engine: ${db.engine}; ${services} services`);

  const municipality = catalogue.municipalities[0]!.code;
  const lists: Record<string, string>[] = [
    { q: "hulp", gemeente: municipality },
    { q: "stichting", soort: "volunteer", pagina: "2" },
    { status: "active", concept: "nee" },
  ];
  for (const query of lists) {
    const filters = serviceListFilters(query);
    const total = (await listServices(db.prisma, filters)).total;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await time(() => listServices(db.prisma, filters)));
    report(`list ${JSON.stringify(query)}`, times, `, ${total} hits`);
  }

  const ids = catalogue.services.slice(0, runs).map((s) => s.id);
  const steps = { open: [] as number[], save: [] as number[], publish: [] as number[], total: [] as number[] };
  for (const [i, id] of ids.entries()) {
    const start = performance.now();
    const opened = await editableRecord(db.prisma, "service", id);
    const saving = performance.now();
    const saved = await saveDraft(db.prisma, { kind: "service", data: { ...opened.record!, x_waiting_days: 100 + i }, startedFrom: opened.startedFrom, userId: author.userId });
    if (!saved.ok) throw new Error(`save refused: ${JSON.stringify(saved)}`);
    const publishing = performance.now();
    const published = await publishDraft(db.prisma, { kind: "service", recordId: id, draftVersion: saved.draft.version, author });
    if (!published.ok) throw new Error(`publish refused: ${JSON.stringify(published)}`);
    const end = performance.now();
    steps.open.push(saving - start);
    steps.save.push(publishing - saving);
    steps.publish.push(end - publishing);
    steps.total.push(end - start);
  }
  report("publish one change (open + save + publish)", steps.total);
  report("  of which: open the record (editableRecord)", steps.open);
  report("  of which: saveDraft", steps.save);
  report("  of which: publishDraft", steps.publish);
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
