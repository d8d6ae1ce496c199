import { spawn, type ChildProcess } from "node:child_process";

/** What the HTTP benchmarks share: their numeric options, percentiles, and the built portal on a data folder. */
export const numberArg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

/** Starts the built portal on `dataDir` and waits until `readyPath` answers. */
export async function startPortal(port: number, dataDir: string, readyPath: string): Promise<{ stop(): Promise<void> }> {
  const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    // One proxy hop: the benchmarks send each request from its own X-Forwarded-For address,
    // so the per-address limits are not what is measured.
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: "", SEED_DEMO_CATALOGUE: "false", NEXT_TELEMETRY_DISABLED: "1", TRUSTED_PROXY_HOPS: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  server.stdout?.resume();
  const stop = async () => {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  };
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${readyPath}`)).ok) return { stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error("the portal did not start");
}
