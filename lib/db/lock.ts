import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * One writer per embedded database folder. PGlite writes no lock of its own and two
 * processes on one folder silently corrupt it, so the owner leaves a lock file that
 * names itself and how to reach it. The file is created atomically (link(2) fails
 * when it exists) and a lock whose process is gone is taken over, so `kill -9`
 * never leaves the folder locked for good.
 */
export type OwnerInfo = {
  pid: number;
  hostname: string;
  /** Start time of the process in clock ticks since boot (Linux); tells a reused pid apart. */
  processStart?: string;
  startedAt: string;
  command: string;
  /** Where the owner takes work from other processes (see owner.ts). */
  control?: { port: number; token: string };
};

export class DatabaseInUseError extends Error {
  constructor(
    readonly folder: string,
    readonly owner: OwnerInfo,
  ) {
    super(
      `The embedded database in ${folder} is in use by another process (pid ${owner.pid}, "${owner.command}", since ${owner.startedAt}). ` +
        "Only one process may open it: stop that process first, or let it do the work.",
    );
    this.name = "DatabaseInUseError";
  }
}

export function lockFilePath(dataDir: string): string {
  return path.join(dataDir, "pglite.lock");
}

function processStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start at ") ".
    return stat.slice(stat.lastIndexOf(") ") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function isAlive(owner: OwnerInfo): boolean {
  if (owner.hostname !== os.hostname()) return true; // cannot check another machine: assume it runs
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const start = processStart(owner.pid);
  return owner.processStart === undefined || start === undefined || start === owner.processStart;
}

function readLock(file: string): OwnerInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as OwnerInfo;
  } catch {
    return undefined;
  }
}

/** The live owner of the folder, if any. */
export function currentOwner(dataDir: string): OwnerInfo | undefined {
  const owner = readLock(lockFilePath(dataDir));
  return owner && isAlive(owner) ? owner : undefined;
}

function writeAtomically(file: string, info: OwnerInfo, replace: boolean): void {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  fs.writeFileSync(temp, JSON.stringify(info, null, 2), { mode: 0o600 });
  try {
    if (replace) fs.renameSync(temp, file);
    else fs.linkSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Removes a lock whose owner is gone; a guard file keeps two newcomers from both doing so. */
function removeStaleLock(file: string, stale: OwnerInfo): void {
  const guard = `${file}.takeover`;
  try {
    fs.writeFileSync(guard, String(process.pid), { flag: "wx" });
  } catch {
    const age = Date.now() - (fs.statSync(guard, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > 10_000) fs.rmSync(guard, { force: true }); // left by a process that died mid-takeover
    return;
  }
  try {
    const again = readLock(file);
    if (again && again.pid === stale.pid && again.startedAt === stale.startedAt) fs.rmSync(file);
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

export type DatabaseLock = {
  info: OwnerInfo;
  /** Publishes where this owner takes work from other processes. */
  publishControl(control: NonNullable<OwnerInfo["control"]>): void;
  release(): void;
};

export function acquireLock(dataDir: string, command = process.argv.slice(1).join(" ")): DatabaseLock {
  const file = lockFilePath(dataDir);
  const info: OwnerInfo = {
    pid: process.pid,
    hostname: os.hostname(),
    processStart: processStart(process.pid),
    startedAt: new Date().toISOString(),
    command: command || "node",
  };
  for (let attempt = 0; ; attempt++) {
    try {
      writeAtomically(file, info, false);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const existing = readLock(file);
      if (existing && isAlive(existing)) throw new DatabaseInUseError(dataDir, existing);
      if (attempt >= 20) throw new DatabaseInUseError(dataDir, existing ?? info);
      if (existing) removeStaleLock(file, existing);
      else if (Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 10_000) {
        fs.rmSync(file, { force: true }); // unreadable and old: not a lock being written right now
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
  const ours = () => readLock(file)?.startedAt === info.startedAt && readLock(file)?.pid === info.pid;
  const onExit = () => lock.release();
  const lock: DatabaseLock = {
    info,
    publishControl(control) {
      info.control = control;
      if (ours()) writeAtomically(file, info, true);
    },
    release() {
      process.off("exit", onExit);
      if (ours()) fs.rmSync(file, { force: true });
    },
  };
  process.on("exit", onExit);
  return lock;
}
