import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { openDatabase } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { generateCatalogue } from "./generate";
import { percentile } from "./portal";

export type LoadResult = { rate: number; p50: number; p99: number; errors: number; expected: number };

/**
 * `connections` loops, each sending its next request when the last one is answered, for
 * `seconds`; answers other than `expect` count as errors. Each request comes from its own X-Forwarded-For address: the per-address
 * limit is not what is measured.
 */
export async function load(
  url: (i: number) => string,
  { seconds, connections, headers = {}, expect = 200 }: { seconds: number; connections: number; headers?: Record<string, string>; expect?: number },
): Promise<LoadResult> {
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const end = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const i = next++;
      const start = performance.now();
      const response = await fetch(url(i), { headers: { ...headers, "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` } });
      await response.arrayBuffer();
      if (response.status === expect) samples.push(performance.now() - start);
      else errors++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, loop));
  return { rate: samples.length / ((performance.now() - started) / 1000), p50: percentile(samples, 50), p99: percentile(samples, 99), errors, expected: expect };
}

export const formatLoad = (label: string, r: LoadResult, width = 34) =>
  `${label.padEnd(width)} ${r.rate.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1)} ms   p99 ${r.p99.toFixed(1)} ms${r.errors ? `   (${r.errors} not ${r.expected})` : ""}`;

/**
 * nginx serving `files` (path under the site root → bytes) on `listenPort` until stopped,
 * with `locations` as extra directives of its server block; undefined when nginx is not
 * installed (`apt-get install nginx-light`).
 */
export async function startNginx(
  files: Map<string, Buffer>,
  listenPort: number,
  { defaultType, locations = "", readyPath }: { defaultType: string; locations?: string; readyPath: string },
): Promise<{ stop(): void } | undefined> {
  if (spawnSync("nginx", ["-v"]).error) return undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-nginx-"));
  for (const [file, body] of files) {
    const target = path.join(dir, "www", file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, body);
  }
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `${name}_temp_path ${dir}/${name};`).join(" ");
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `${process.getuid?.() === 0 ? "user root;" : ""} worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; ${temp}
  server { listen 127.0.0.1:${listenPort}; root ${dir}/www; default_type ${defaultType};
    ${locations} } }`,
  );
  const child = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    const ok = await fetch(`http://127.0.0.1:${listenPort}${readyPath}`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    stop() {
      child.kill("SIGQUIT");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A generated catalogue of `services` imported into a fresh embedded database in a temporary folder. */
export async function generatedDatabase(services: number, name: string): Promise<{ document: Record<string, unknown>; dataDir: string }> {
  const document = generateCatalogue(services);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `portal-bench-${name}-`));
  const db = await openDatabase(parseEnv({ DATA_DIR: dataDir }));
  const imported = await importCatalogue(db.prisma, document);
  await db.close();
  if (!imported.ok) throw new Error("the generated catalogue is invalid");
  return { document, dataDir };
}
