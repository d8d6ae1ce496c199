import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nginxSite } from "@/lib/server/nginx-config";

/**
 * Extra processes for the end-to-end tests of running the portal as a municipality
 * would: more app servers on the build Playwright made (scripts/serve.ts), a real nginx
 * in front (lib/server/nginx-config.ts), and a throwaway PostgreSQL cluster to stop.
 */
export const ci = process.env.CI === "true" || process.env.CI === "1";

/** A process this test started; `folder`, its scratch folder, goes when it is stopped. */
export type Running = { child: ChildProcess; log: () => string; exited: Promise<number | null>; folder?: string };

function start(command: string, args: string[], env: NodeJS.ProcessEnv): Running {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, log: () => log, exited };
}

/** One production server (`npm start` without the build step) on `port`, with these settings. */
export function startPortal(port: number, settings: Record<string, string>): Running {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-server-"));
  const running = start(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    DATA_DIR: dataDir,
    REQUIRE_TOTP: "false",
    ...settings,
  });
  return { ...running, folder: dataDir };
}

/** Waits until GET `url` answers `status` (by default: /readyz says ready). */
export async function waitFor(url: string, status = 200, timeoutMs = 150_000, running?: Running): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (running && running.child.exitCode !== null) throw new Error(`the server stopped:\n${running.log()}`);
    const answer = await fetch(url).then((r) => r.status, () => 0);
    if (answer === status) return;
    if (Date.now() > until) throw new Error(`${url} did not answer ${status} (last: ${answer})\n${running?.log() ?? ""}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

export async function stop(running: Running | undefined, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (!running) return;
  if (running.child.exitCode === null && running.child.signalCode === null) {
    running.child.kill(signal);
    const timer = setTimeout(() => running.child.kill("SIGKILL"), 30_000);
    await running.exited;
    clearTimeout(timer);
  }
  if (running.folder) rmSync(running.folder, { recursive: true, force: true });
}

/** nginx as an ordinary process (not a daemon), on the site text of the documented example. */
export function startNginx(port: number, upstreams: string[]): Running {
  const folder = mkdtempSync(path.join(os.tmpdir(), "portal-nginx-"));
  writeFileSync(path.join(folder, "portal.conf"), nginxSite({ serverName: "localhost", upstreams, port }));
  const temp = (name: string) => `${name}_temp_path ${path.join(folder, name)};`;
  writeFileSync(
    path.join(folder, "nginx.conf"),
    [
      "daemon off;",
      // As root, nginx would hand its workers to `nobody`, who cannot write this folder.
      ...(process.getuid?.() === 0 ? ["user root;"] : []),
      "worker_processes 1;",
      `pid ${path.join(folder, "nginx.pid")};`,
      `error_log ${path.join(folder, "error.log")} warn;`,
      "events { worker_connections 256; }",
      "http {",
      "  access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `  ${temp(name)}`),
      `  include ${path.join(folder, "portal.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  return { ...start("nginx", ["-p", folder, "-c", path.join(folder, "nginx.conf")], process.env), folder };
}

const pgBin = "/usr/lib/postgresql/15/bin";

/** A throwaway PostgreSQL cluster in a temp folder, run as the `postgres` user when this is root. */
export class ThrowawayCluster {
  // Made in create(): the spec file is also loaded where no test runs (listing the tests).
  private made: string | undefined;
  constructor(readonly port: number) {}

  get folder(): string {
    this.made ??= mkdtempSync(path.join(os.tmpdir(), "portal-cluster-"));
    return this.made;
  }

  get data(): string {
    return path.join(this.folder, "data");
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private run(tool: string, args: string[]): void {
    const root = process.getuid?.() === 0;
    const [command, all] = root ? ["runuser", ["-u", "postgres", "--", path.join(pgBin, tool), ...args]] : [path.join(pgBin, tool), args];
    const result = spawnSync(command, all as string[], { encoding: "utf8", timeout: 60_000 });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
  }

  create(): void {
    mkdirSync(this.data, { mode: 0o700 });
    if (process.getuid?.() === 0) {
      // initdb refuses to run as root: the folders belong to the postgres user.
      const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout);
      chmodSync(this.folder, 0o700);
      for (const folder of [this.folder, this.data]) chownSync(folder, id("-u"), id("-g"));
    }
    this.run("initdb", ["-D", this.data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  }

  start(): void {
    this.run("pg_ctl", ["-D", this.data, "-o", `-p ${this.port} -k ${this.folder} -c listen_addresses=127.0.0.1 -c fsync=off`, "-l", path.join(this.folder, "server.log"), "-w", "start"]);
  }

  stop(): void {
    this.run("pg_ctl", ["-D", this.data, "-m", "fast", "-w", "stop"]);
  }

  remove(): void {
    if (!this.made) return;
    try {
      this.stop();
    } catch {
      // Already stopped.
    }
    rmSync(this.folder, { recursive: true, force: true });
  }
}
