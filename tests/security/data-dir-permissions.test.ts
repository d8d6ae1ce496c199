import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/client";
import { ensureWritableDir } from "@/lib/db/data-dir";
import { parseEnv } from "@/lib/env";

/** Every path under `root` (itself included) that the group or others may read, write or enter. */
function openToOthers(root: string): string[] {
  const found: string[] = [];
  const walk = (p: string) => {
    const stat = fs.lstatSync(p);
    if (stat.isSymbolicLink()) return;
    if ((stat.mode & 0o077) !== 0) found.push(`${p} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) walk(path.join(p, name));
  };
  walk(root);
  return found;
}

async function openAndClose(dataDir: string) {
  const db = await openDatabase(parseEnv({ DATA_DIR: dataDir }));
  // Files the database creates while it runs (a new table, the log) count too.
  await db.prisma.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "PermissionProbe" (id int)`);
  await db.prisma.$executeRawUnsafe(`INSERT INTO "PermissionProbe" VALUES (1)`);
  await db.close();
}

let savedUmask: number;
beforeEach(() => {
  // The usual default: without the fix, new files would be 0644 and folders 0755.
  savedUmask = process.umask(0o022);
});
afterEach(() => {
  process.umask(savedUmask);
});

describe("DATA_DIR is for the portal's user only", () => {
  it("a fresh folder and every file the database writes in it are 0700 / 0600", async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "portal-perm-")), "nested", "data");
    await openAndClose(dataDir);
    expect(fs.readdirSync(dataDir).length).toBeGreaterThan(0);
    expect(openToOthers(path.dirname(dataDir))).toEqual([]);
  });

  it("an existing folder with wide permissions is tightened at start", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-perm-"));
    await openAndClose(dataDir);
    // As an earlier version left it: everything open to everyone.
    const widen = (p: string) => {
      const stat = fs.lstatSync(p);
      fs.chmodSync(p, stat.isDirectory() ? 0o777 : 0o666);
      if (stat.isDirectory()) for (const name of fs.readdirSync(p)) widen(path.join(p, name));
    };
    widen(dataDir);
    expect(openToOthers(dataDir).length).toBeGreaterThan(10);
    await openAndClose(dataDir);
    expect(openToOthers(dataDir)).toEqual([]);
  });

  it("refuses with one sentence naming DATA_DIR when the folder cannot be made", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "portal-perm-")), "a-file");
    fs.writeFileSync(file, "");
    expect(() => ensureWritableDir(path.join(file, "data"))).toThrow(/^DATA_DIR \(.*\) cannot be created/);
  });
});
