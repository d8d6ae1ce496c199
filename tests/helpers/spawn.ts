import { spawn } from "node:child_process";

export type Run = { code: number | null; stdout: string; stderr: string };

// `node --import tsx` runs the script in this very process, so signals reach it (the tsx CLI would sit in between).
const tsxArgs = ["--import", "tsx"];

/** Runs a TypeScript script of the project in its own process, as a second user of the database would. */
export function runScript(script: string, args: string[], env: Record<string, string | undefined>, timeoutMs = 90_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...tsxArgs, script, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
