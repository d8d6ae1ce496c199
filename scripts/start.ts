/**
 * `npm start`: checks the configuration, builds the portal when the build is missing
 * or older than the sources, then serves it with `next start`. The server process
 * itself opens the database, applies migrations and loads the demo catalogue into an
 * empty database (instrumentation.ts).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { runCli } from "@/lib/db/cli";
import { currentOwner, DatabaseInUseError } from "@/lib/db/lock";
import { env } from "@/lib/env";
import { ensureWritableDir } from "@/lib/db/data-dir";
import { checkServer } from "@/lib/db/client";

const nextBin = path.resolve("node_modules/next/dist/bin/next");
const sources = ["app", "components", "lib", "messages", "public", "i18n", "prisma/schema.prisma"];
const sourceFiles = ["next.config.ts", "instrumentation.ts", "proxy.ts", "package-lock.json", "postcss.config.mjs"];

function newestSource(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (child === "generated" || child.startsWith(".")) continue;
    newest = Math.max(newest, newestSource(path.join(entry, child)));
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const built = fs.statSync(".next/BUILD_ID", { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return false;
  return Math.max(...[...sources, ...sourceFiles].map(newestSource)) <= built;
}

runCli(async () => {
  const config = env();
  if (config.databaseUrl) await checkServer(config.databaseUrl);
  else {
    ensureWritableDir(config.dataDir);
    const owner = currentOwner(config.dataDir);
    if (owner) throw new DatabaseInUseError(config.dataDir, owner);
  }
  const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(config.port) };
  if (!buildIsCurrent()) {
    console.log("Building the portal (only needed after a change)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: childEnv });
    if (build.status !== 0) return build.status ?? 1;
  }
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(config.port)], {
    stdio: "inherit",
    env: childEnv,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  return new Promise<number>((resolve) => server.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
});
