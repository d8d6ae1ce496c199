import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { prismaOptions } from "@/lib/db/prisma-options";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createDatabaseFrom, pgliteTemplate, postgresTemplate } from "./db-templates";
import { withClient, withDatabase } from "./pg-client";

/**
 * Every database test runs on PGlite, and on a real PostgreSQL server whenever
 * TEST_DATABASE_URL is set (CI always sets it). Each database is fresh and migrated: a
 * copy of one migrated template per engine (tests/helpers/db-templates.ts), made once per
 * set of migrations rather than once per test file.
 */
export type TestEngine = "pglite" | "postgres";

export const testEngines: TestEngine[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export type TestDatabase = {
  prisma: PrismaClient;
  engine: TestEngine;
  /** A connection string for the postgres engine (for code that opens its own connection). */
  url?: string;
  close(): Promise<void>;
};

async function createPglite(): Promise<TestDatabase> {
  const db = new PGlite({ loadDataDir: await pgliteTemplate() });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db), ...prismaOptions });
  return {
    prisma,
    engine: "pglite",
    async close() {
      await prisma.$disconnect();
      await db.close();
    },
  };
}

async function createPostgres(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const template = await postgresTemplate(adminUrl);
  const name = `portal_test_${randomBytes(6).toString("hex")}`;
  await createDatabaseFrom(adminUrl, name, template);
  const url = withDatabase(adminUrl, name);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), ...prismaOptions });
  return {
    prisma,
    engine: "postgres",
    url,
    async close() {
      await prisma.$disconnect();
      await withClient(adminUrl, (c) => c.query(`drop database if exists "${name}" with (force)`));
    },
  };
}

export function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  return engine === "pglite" ? createPglite() : createPostgres();
}
