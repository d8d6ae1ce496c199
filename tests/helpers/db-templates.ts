import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations, readMigrationList } from "@/lib/db/migrations";
import { withClient, withDatabase } from "./pg-client";

/**
 * One migrated database per engine, copied for every test database. Migrating takes
 * seconds (the schema engine is WebAssembly, PGlite too); a copy takes milliseconds. A
 * template is named after the migrations it holds, so a new or changed migration makes a
 * new one, and a template is only ever published whole (written aside, then renamed).
 * tests/helpers/global-setup.ts makes both before the first test file; a process outside
 * Vitest (a benchmark) makes one on first use.
 */

/** The migrations' names and SQL, and the PGlite version: what a template depends on. */
async function templateKey(): Promise<string> {
  const hash = createHash("sha256");
  const list = await readMigrationList();
  for (const migration of list.migrationDirectories) hash.update(`${migration.path}\n${migration.migrationFile.content.value}\n`);
  hash.update(await readFile(path.resolve("node_modules/@electric-sql/pglite/package.json"), "utf8"));
  return hash.digest("hex").slice(0, 16);
}

let key: Promise<string> | undefined;
const currentKey = () => (key ??= templateKey());

/** The migrated PGlite data folder as a tar file in the system's temporary folder, made when missing. */
export async function pgliteTemplateFile(): Promise<string> {
  const file = path.join(os.tmpdir(), "portal-test-templates", `pglite-${await currentKey()}.tar`);
  if (!existsSync(file)) {
    const db = new PGlite();
    await applyMigrations(new PrismaPGlite(db));
    const dump = await db.dumpDataDir("none");
    await db.close();
    await mkdir(path.dirname(file), { recursive: true });
    const aside = `${file}.${randomBytes(4).toString("hex")}`;
    await writeFile(aside, Buffer.from(await dump.arrayBuffer()));
    await rename(aside, file);
  }
  return file;
}

let pgliteDump: Promise<Blob> | undefined;

/** That tar file, read once per process, to load each new PGlite from. */
export function pgliteTemplate(): Promise<Blob> {
  pgliteDump ??= pgliteTemplateFile().then(async (file) => new Blob([await readFile(file)]));
  return pgliteDump;
}

let postgresName: Promise<string> | undefined;

/** The name of the migrated template database on the server of TEST_DATABASE_URL. */
export function postgresTemplate(adminUrl: string): Promise<string> {
  postgresName ??= (async () => {
    const name = `portal_template_${await currentKey()}`;
    const exists = await withClient(adminUrl, async (c) => (await c.query("select 1 from pg_database where datname = $1", [name])).rowCount === 1);
    if (exists) return name;
    const aside = `${name}_${randomBytes(4).toString("hex")}`;
    await withClient(adminUrl, (c) => c.query(`create database "${aside}"`));
    const factory = new PrismaPg({ connectionString: withDatabase(adminUrl, aside) });
    await applyMigrations(factory);
    await withClient(adminUrl, async (c) => {
      // No connection may stay on a template: copying it needs it to itself.
      await c.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [aside]);
      try {
        await c.query(`alter database "${aside}" rename to "${name}"`);
      } catch (error) {
        // Another process published the same template first: use that one.
        if ((error as { code?: string }).code !== "42P04") throw error;
        await c.query(`drop database if exists "${aside}" with (force)`);
      }
      // Published templates of older migrations are of no use any more.
      const old = await c.query<{ datname: string }>("select datname from pg_database where datname ~ '^portal_template_[0-9a-f]{16}$' and datname <> $1", [name]);
      for (const row of old.rows) await c.query(`drop database if exists "${row.datname}" with (force)`);
    });
    return name;
  })();
  return postgresName;
}

/** A new database as a copy of a template; copies made at the same moment are retried. */
export async function createDatabaseFrom(adminUrl: string, name: string, template: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await withClient(adminUrl, (c) => c.query(`create database "${name}" template "${template}"`));
      return;
    } catch (error) {
      // 55006: "source database is being accessed by other users", for a moment.
      if ((error as { code?: string }).code !== "55006" || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + 50 * attempt));
    }
  }
}
