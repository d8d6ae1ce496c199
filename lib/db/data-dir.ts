import fs from "node:fs";
import path from "node:path";
import { ConfigError } from "@/lib/env";

/**
 * Makes sure DATA_DIR exists and can be written, or names the setting in one sentence.
 * Folders are created one level at a time: Node's recursive mkdir never returns on
 * some special file systems (it loops on /proc).
 */
export function ensureWritableDir(dir: string): void {
  const fail = () =>
    new ConfigError("DATA_DIR", `DATA_DIR (${dir}) cannot be created or written to: choose a folder this user may write in.`);
  const missing: string[] = [];
  let current = path.resolve(dir);
  while (!fs.existsSync(current)) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) throw fail();
    current = parent;
  }
  const probe = path.join(dir, `.write-test-${process.pid}`);
  try {
    for (const folder of missing) fs.mkdirSync(folder);
    // A real write: access() says yes to root even where writing fails.
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
  } catch {
    throw fail();
  }
}
