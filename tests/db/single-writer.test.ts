import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { amcheck } from "@electric-sql/pglite/contrib/amcheck";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, pgliteFolder, type Database } from "@/lib/db/client";
import { lockFilePath } from "@/lib/db/lock";
import { handleCommand } from "@/lib/commands/handle-command";
import { serveOwnerControl } from "@/lib/db/owner";
import { parseEnv } from "@/lib/env";
import { runScript } from "@/tests/helpers/spawn";

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "portal-lock-"));
let open: Database | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe("one writer per embedded database", () => {
  it("a second process that would open the folder stops at once, naming the folder and the owner", async () => {
    const dataDir = tempDir();
    open = await openDatabase(parseEnv({ DATA_DIR: dataDir }));
    const run = await runScript("tests/fixtures/db-open.ts", [], { DATA_DIR: dataDir });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(dataDir);
    expect(run.stderr).toContain(`pid ${process.pid}`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // one sentence, no stack trace
  });

  it("a second `npm start` on the same folder stops before building, with the same message", async () => {
    const dataDir = tempDir();
    open = await openDatabase(parseEnv({ DATA_DIR: dataDir }));
    const run = await runScript("scripts/start.ts", [], { DATA_DIR: dataDir, PORT: "3999" });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`in ${dataDir} is in use by another process (pid ${process.pid}`);
  });

  it("a command that may hand its work over goes through the owning process", async () => {
    const dataDir = tempDir();
    open = await openDatabase(parseEnv({ DATA_DIR: dataDir }));
    await serveOwnerControl(open, handleCommand);
    const run = await runScript("scripts/db-migrate.ts", ["--lang", "en"], { DATA_DIR: dataDir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`The portal (process ${process.pid}) owns the database`);
    expect(run.stdout).toMatch(/Applied migrations: \d{14}_init/);
  });

  it("an import while the portal runs is done by the portal's process, in its database", async () => {
    const dataDir = tempDir();
    open = await openDatabase(parseEnv({ DATA_DIR: dataDir }));
    await serveOwnerControl(open, handleCommand);
    const sample = path.resolve("../shared/catalogue/sample-haarlem-zandvoort.json");
    const run = await runScript("scripts/catalogue-import.ts", [sample, "--lang", "en"], { DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`(process ${process.pid}) owns the database`);
    expect(await open.prisma.service.count()).toBe(24);
    expect(await open.prisma.municipality.findMany({ select: { code: true }, orderBy: { code: "asc" } })).toEqual([
      { code: "GM0392" },
      { code: "GM0473" },
    ]);
  });

  it("of two processes starting together on a new folder, exactly one opens it", async () => {
    const dataDir = tempDir();
    const runs = await Promise.all([1, 2].map(() => runScript("tests/fixtures/db-open.ts", ["1500"], { DATA_DIR: dataDir })));
    expect(runs.map((r) => r.code).sort()).toEqual([0, 3]);
    expect(runs.find((r) => r.code === 3)?.stderr).toContain("is in use by another process");
  });

  it("takes over the lock of a process that is gone", async () => {
    const dataDir = tempDir();
    (await openDatabase(parseEnv({ DATA_DIR: dataDir }))).lock!.release();
    const gone = spawn(process.execPath, ["-e", "0"]);
    await new Promise((r) => gone.on("exit", r));
    writeFileSync(
      lockFilePath(dataDir),
      JSON.stringify({ pid: gone.pid, hostname: os.hostname(), startedAt: "2026-01-01T00:00:00Z", command: "gone" }),
    );
    open = await openDatabase(parseEnv({ DATA_DIR: dataDir }));
    expect(open.lock?.info.pid).toBe(process.pid);
  });

  it("kill -9 of a writer mid-write loses no committed row and leaves every index intact", async () => {
    const dataDir = tempDir();
    for (let round = 0; round < 3; round++) {
      const writer = spawn(process.execPath, ["--import", "tsx", "tests/fixtures/db-writer.ts"], {
        env: { ...process.env, DATA_DIR: dataDir },
        stdio: ["ignore", "pipe", "inherit"],
      });
      let out = "";
      writer.stdout.on("data", (d: Buffer) => (out += d.toString()));
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if ((out.match(/committed/g) ?? []).length >= 20 + round * 7) {
            clearInterval(poll);
            resolve();
          }
        }, 20);
      });
      writer.kill("SIGKILL");
      await new Promise((r) => writer.on("exit", r));
      const acknowledged = [...out.matchAll(/committed (\d+)/g)].map((m) => Number(m[1]));
      const last = Math.max(...acknowledged);

      const db = await openDatabase(parseEnv({ DATA_DIR: dataDir }));
      const rows = await db.prisma.taxonomy.findMany({ where: { id: { startsWith: "row-" } }, select: { id: true } });
      const ids = new Set(rows.map((r) => r.id));
      for (const i of acknowledged) expect(ids.has(`row-${i}`)).toBe(true);
      expect(ids.size).toBeGreaterThanOrEqual(last + 1);
      await db.close();

      const check = new PGlite(pgliteFolder(dataDir), { extensions: { amcheck } });
      await check.exec("create extension if not exists amcheck");
      const indexes = await check.query<{ name: string }>(
        `select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid
         join pg_am a on a.oid = c.relam where a.amname = 'btree' and c.relnamespace = 'public'::regnamespace`,
      );
      for (const { name } of indexes.rows) await check.query(`select bt_index_check('"${name}"', true)`);
      expect(indexes.rows.length).toBeGreaterThan(10);
      await check.close();
      // Writers in the next round start from what this one left: ids restart at 0, so clear them.
      const again = await openDatabase(parseEnv({ DATA_DIR: dataDir }));
      await again.prisma.taxonomy.deleteMany({ where: { id: { startsWith: "row-" } } });
      await again.close();
    }
  }, 180_000);
});
