/**
 * `npm run bench:directory [-- --services N --port P --requests R]`: loads a generated
 * catalogue (default 5,000 services) into a fresh embedded database, starts the built
 * portal on it and prints the p50/p95 server time of filtered directory requests and of
 * service pages (measured over HTTP on this machine, after one warm-up round), and the
 * JavaScript the directory page loads. Printed, never asserted.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseDirectoryFilters } from "@/lib/catalogue/directory/filters";
import { searchServices } from "@/lib/catalogue/directory/search";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { serviceRecord } from "@/lib/catalogue/queries";
import { toServiceDetail } from "@/lib/catalogue/shapes/service-detail";
import { openDatabase } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { generateCatalogue } from "./generate";
import { numberArg, percentile, startPortal } from "./portal";

const arg = numberArg;
const services = arg("services", 5000);
const port = arg("port", Number(process.env.E2E_PORT ?? 3231));
const requests = arg("requests", 200);
const base = `http://127.0.0.1:${port}`;

const document = generateCatalogue(services);
const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-dir-"));
const db = await openDatabase(parseEnv({ DATA_DIR: dataDir }));
const imported = await importCatalogue(db.prisma, document);
if (!imported.ok) throw new Error("the generated catalogue is invalid");
console.log(`catalogue: ${services} services in a fresh embedded database`);

const ms = (value: number) => `${value.toFixed(1)} ms`;
const municipalities = (document.municipalities as Array<{ code: string }>).map((m) => m.code);
const serviceIds = (document.services as Array<{ id: string; status: string }>).filter((s) => s.status === "active").map((s) => s.id);
const filters = ["soort=formal", "domein=money-debt&contact=walk-in", "taal=tr", "onafhankelijk=1&nieuw=1", "q=hulp", "q=schulden&soort=volunteer", "leeftijd=70&doelgroep=older-people"];
const query = (i: number) => `gemeente=${municipalities[i % municipalities.length]}&${filters[i % filters.length]}`;

// The data part alone, in this process: what the page's own code costs, without rendering.
for (const [label, work] of [
  ["searchServices", (i: number) => searchServices(db.prisma, parseDirectoryFilters(new URLSearchParams(query(i))).filters, i % 2 ? "en" : "nl")],
  ["service record + shape", (i: number) => serviceRecord(db.prisma, serviceIds[(i * 7919) % serviceIds.length]!).then((record) => record && toServiceDetail(record, "nl"))],
] as const) {
  await work(0);
  const samples: number[] = [];
  for (let i = 1; i <= requests; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  console.log(`${`data: ${label}`.padEnd(24)} p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}`);
}
await db.close();

async function time(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return performance.now() - start;
}

const directoryUrl = (i: number) => `${base}/${i % 2 ? "en" : "nl"}/aanbod?${query(i)}`;
const serviceUrl = (i: number) => `${base}/nl/aanbod/${serviceIds[(i * 7919) % serviceIds.length]}`;

const portal = await startPortal(port, dataDir, "/nl");
try {
  for (const [label, url] of [
    ["home page (baseline)", (i: number) => `${base}/${i % 2 ? "en" : "nl"}`],
    ["filtered directory", directoryUrl],
    ["service page", serviceUrl],
  ] as const) {
    // Warm-up: the first request after a change loads the catalogue into the revision cache.
    const first = await time(url(0));
    for (let i = 1; i < 20; i++) await time(url(i));
    const samples: number[] = [];
    for (let i = 0; i < requests; i++) samples.push(await time(url(i + 20)));
    console.log(`${label.padEnd(20)} first ${ms(first)}; p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))} over ${requests} requests`);
  }

  const html = await (await fetch(directoryUrl(0))).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((match) => match[1]!);
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(scripts)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  console.log(`directory page JavaScript: ${new Set(scripts).size} files, ${(raw / 1024).toFixed(0)} kB (${(gzip / 1024).toFixed(0)} kB gzipped); HTML ${(html.length / 1024).toFixed(0)} kB`);
} finally {
  await portal.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
