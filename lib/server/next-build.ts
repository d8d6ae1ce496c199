import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * The Next.js build that `npm start` serves: rebuilt only when it is missing or older
 * than the sources, so a restart after no change starts at once.
 */
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

/** Builds when needed; the exit code of the build (0 when none was needed). */
export function buildIfStale(childEnv: NodeJS.ProcessEnv): number {
  if (buildIsCurrent()) return 0;
  console.log("Building the portal (only needed after a change)…");
  return spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: childEnv }).status ?? 1;
}

/**
 * Serves the build with the portal's own HTTP server (scripts/serve.ts, not `next start`:
 * see lib/server/http-server.ts) until it stops; signals to this process are passed on to it.
 */
export function serveBuild(port: number, childEnv: NodeJS.ProcessEnv): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...childEnv, NODE_ENV: "production", PORT: String(port) };
  const server = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/serve.ts")], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  return new Promise((resolve) => server.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}
