import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrationList } from "@/lib/db/migrations";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";

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

  it("creates the catalogue tables", async () => {
    const tables = await db.prisma.$queryRaw<{ table_name: string }[]>`
      select table_name from information_schema.tables where table_schema = 'public'`;
    const names = tables.map((t) => t.table_name);
    for (const table of ["Municipality", "Taxonomy", "TaxonomyTerm", "Organization", "Service", "Location", "ServiceAtLocation", "Schedule", "Supporter"]) {
      expect(names).toContain(table);
    }
  });
});
