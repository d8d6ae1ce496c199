import fs from "node:fs";
import path from "node:path";
import { ConfigError } from "@/lib/env";

/**
 * The embedded database holds names, e-mail addresses, care questions and password
 * hashes: DATA_DIR and everything in it belong to the portal's user only (folders 0700,
 * files 0600). Every process that may create files there (the server, the commands)
 * calls this first, so nothing is created readable by others.
 */
export function restrictNewFiles(): void {
  process.umask(0o077);
}

/**
 * Makes sure DATA_DIR exists, can be written and is the portal user's alone, or names the
 * setting in one sentence. Folders are created one level at a time: Node's recursive
 * mkdir never returns on some special file systems (it loops on /proc).
 */
export function ensureWritableDir(dir: string): void {
  restrictNewFiles();
  const fail = (why: string) => new ConfigError("DATA_DIR", `DATA_DIR (${dir}) ${why}: choose a folder this user owns and may write in.`);
  const missing: string[] = [];
  let current = path.resolve(dir);
  while (!fs.existsSync(current)) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) throw fail("cannot be created or written to");
    current = parent;
  }
  const probe = path.join(dir, `.write-test-${process.pid}`);
  try {
    for (const folder of missing) fs.mkdirSync(folder, { mode: 0o700 });
    // A real write: access() says yes to root even where writing fails.
    fs.writeFileSync(probe, "", { mode: 0o600 });
    fs.rmSync(probe);
  } catch {
    throw fail("cannot be created or written to");
  }
  try {
    restrictTree(path.resolve(dir));
  } catch {
    throw fail("cannot be made private to this user (folders 0700, files 0600)");
  }
}

/**
 * Tightens a folder made by an earlier version, or copied in with wide permissions.
 * PGlite also ignores the umask (its file system layer sets 0666 itself), so the
 * database folder is tightened again after it opens and after it closes; while it
 * runs, the 0700 folders keep every other user out. Symbolic links are left alone:
 * their targets may lie outside DATA_DIR.
 */
export function restrictTree(dir: string): void {
  fs.chmodSync(dir, 0o700);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    try {
      if (entry.isDirectory()) restrictTree(full);
      else if (entry.isFile() && (fs.lstatSync(full).mode & 0o077) !== 0) fs.chmodSync(full, 0o600);
    } catch (error) {
      // Another process starting at the same moment removed or renamed it (its write
      // probe, a folder being initialised): nothing is left to tighten there.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}
