import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe, expect, it } from "vitest";
import { applyMigrations, diffSchemaAgainst } from "@/lib/db/migrations";
import { runScript } from "@/tests/helpers/spawn";

describe("writing the next migration offline", () => {
  it("turns a schema change into the SQL that brings the migrated database to it", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "portal-migration-"));
    cpSync("prisma", path.join(dir, "prisma"), { recursive: true });
    const schema = path.join(dir, "prisma/schema.prisma");
    writeFileSync(schema, readFileSync(schema, "utf8").replace("  assurerEmail           String?", "  assurerEmail           String?\n  internalNote           String?"));
    const scratch = new PGlite();
    try {
      const factory = new PrismaPGlite(scratch);
      await applyMigrations(factory, { schema, migrations: path.join(dir, "prisma/migrations") });
      const sql = await diffSchemaAgainst(factory, schema);
      expect(sql).toMatch(/ALTER TABLE "Service" ADD COLUMN\s+"internalNote" TEXT/);
      expect(sql).not.toMatch(/CREATE TABLE/);
    } finally {
      await scratch.close();
    }
  });

  it("writes nothing when the schema matches the migrations", async () => {
    const before = readdirSync("prisma/migrations");
    const run = await runScript("scripts/db-migration.ts", ["nothing_changed"], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("no new migration written");
    expect(readdirSync("prisma/migrations")).toEqual(before);
  });

  it("refuses a name it cannot use as a folder name", async () => {
    const run = await runScript("scripts/db-migration.ts", ["Bad Name!"], {});
    expect(run.code).toBe(2);
    expect(existsSync("prisma/migrations/Bad Name!")).toBe(false);
  });
});
