import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { restrictTree } from "./data-dir";

/**
 * Backups of the embedded database: PGlite's own copy of its data folder (a gzipped
 * tar, `dumpDataDir`), taken by the process that has it open. A PostgreSQL server is
 * backed up with its own pg_dump and pg_restore (README).
 */

/** The file given to a restore is not a backup of a portal database: nothing was changed. */
export class NotABackup extends Error {
  constructor(readonly reason: "unreadable" | "missing" | "format" | "not-portal") {
    super(`not a backup (${reason})`);
    this.name = "NotABackup";
  }
}

/**
 * A consistent copy of the open database, written to `file` (0600, never half a file:
 * written beside it and renamed). It is taken between transactions: PGlite runs one
 * statement at a time, and a transaction being written (an import) is waited for, so the
 * copy holds every transaction committed before it whole and nothing of the others.
 */
export async function writeBackup(pglite: PGlite, file: string): Promise<number> {
  const dump = await pglite._runExclusiveTransaction(() => pglite.dumpDataDir("gzip"));
  const bytes = Buffer.from(await dump.arrayBuffer());
  const temp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    fs.writeFileSync(temp, bytes, { mode: 0o600 });
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  return bytes.length;
}

/** A tar archive has "ustar" at offset 257 of its first header. */
const isTar = (bytes: Buffer) => bytes.length >= 512 && bytes.subarray(257, 262).toString("latin1") === "ustar";

/**
 * Reads a backup and checks it before anything is touched: a gzipped tar that PGlite
 * opens, holding the portal's migration history. Throws NotABackup otherwise.
 */
export async function readBackup(file: string): Promise<Blob> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new NotABackup((error as NodeJS.ErrnoException).code === "ENOENT" ? "missing" : "unreadable");
  }
  try {
    if (!isTar(gunzipSync(bytes))) throw new NotABackup("format");
  } catch {
    throw new NotABackup("format");
  }
  const backup = new Blob([new Uint8Array(bytes)]);
  let probe: PGlite | undefined;
  try {
    probe = new PGlite({ loadDataDir: backup });
    await probe.waitReady;
    const rows = await probe.query<{ n: number }>("select count(*)::int as n from _prisma_migrations where finished_at is not null");
    if ((rows.rows[0]?.n ?? 0) === 0) throw new NotABackup("not-portal");
  } catch (error) {
    throw error instanceof NotABackup ? error : new NotABackup("not-portal");
  } finally {
    await probe?.close().catch(() => {});
  }
  return backup;
}

/**
 * Replaces the database folder `folder` with a checked backup. The caller holds the
 * folder's lock. The copy is unpacked beside the folder first, so a failure leaves the
 * database as it was; the swap itself is two renames.
 */
export async function restoreBackup(folder: string, backup: Blob): Promise<void> {
  const staging = `${folder}.restoring`;
  const previous = `${folder}.previous`;
  fs.rmSync(staging, { recursive: true, force: true });
  const restored = new PGlite(staging, { loadDataDir: backup });
  await restored.waitReady;
  await restored.close();
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(folder)) fs.renameSync(folder, previous);
  fs.renameSync(staging, folder);
  fs.rmSync(previous, { recursive: true, force: true });
  restrictTree(path.dirname(folder));
}
