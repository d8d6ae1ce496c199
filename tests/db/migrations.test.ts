import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { allMigrationsApplied } from "@/lib/db/applied-migrations";
import { readMigrationList } from "@/lib/db/migrations";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { pgliteTemplate } from "@/tests/helpers/db-templates";

describe.each(testEngines)("migrations on %s", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(() => db?.close());

  it("records every migration in _prisma_migrations as the Prisma CLI does", async () => {
    const list = await readMigrationList();
    const rows = await db.prisma.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      select migration_name, checksum, finished_at from _prisma_migrations order by migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(list.migrationDirectories.map((d) => d.path));
    for (const row of rows) {
      const sql = readFileSync(path.join("prisma/migrations", row.migration_name, "migration.sql"));
      // The CLI compares this checksum before it takes over a database.
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("knows when every migration is applied, so the schema engine need not be loaded", async () => {
    // PGlite: a migrated copy of its own, as the test database's client is not exposed.
    const pglite = engine === "pglite" ? new PGlite({ loadDataDir: await pgliteTemplate() }) : undefined;
    const factory = pglite ? new PrismaPGlite(pglite) : new PrismaPg({ connectionString: db.url! });
    const check = (list: Awaited<ReturnType<typeof readMigrationList>>) => allMigrationsApplied(factory, list);
    const list = await readMigrationList();
    expect(await check(list)).toBe(true);
    const [first, ...rest] = list.migrationDirectories;
    // A migration not applied yet, and an applied one whose file changed since: the schema engine decides.
    expect(await check({ ...list, migrationDirectories: [...list.migrationDirectories, { path: "29991231000000_next", migrationFile: { path: "migration.sql", content: { tag: "ok", value: "select 1;" } } }] })).toBe(false);
    expect(await check({ ...list, migrationDirectories: [{ ...first!, migrationFile: { path: "migration.sql", content: { tag: "ok", value: "-- changed" } } }, ...rest] })).toBe(false);
    expect(await check({ ...list, migrationDirectories: rest })).toBe(false);
    await pglite?.close();
  });

  it("creates the catalogue tables", async () => {
    const tables = await db.prisma.$queryRaw<{ table_name: string }[]>`
      select table_name from information_schema.tables where table_schema = 'public'`;
    const names = tables.map((t) => t.table_name);
    for (const table of ["Municipality", "Taxonomy", "TaxonomyTerm", "Organization", "Service", "Location", "ServiceAtLocation", "Schedule", "Supporter"]) {
      expect(names).toContain(table);
    }
  });
});

describe("a database without migrations", () => {
  it("has every migration pending", async () => {
    const empty = new PGlite();
    try {
      expect(await allMigrationsApplied(new PrismaPGlite(empty), await readMigrationList())).toBe(false);
    } finally {
      await empty.close();
    }
  });
});
