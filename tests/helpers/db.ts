import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { prismaOptions } from "@/lib/db/prisma-options";
import { applyMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Every database test runs on PGlite, and on a real PostgreSQL server whenever
 * TEST_DATABASE_URL is set (CI always sets it). Each database is fresh and migrated.
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

// A migrated PGlite is dumped once per test file and loaded for each database: far faster than migrating again.
let template: Promise<File | Blob> | undefined;

async function migratedTemplate(): Promise<File | Blob> {
  const db = new PGlite();
  await applyMigrations(new PrismaPGlite(db));
  const dump = await db.dumpDataDir("none");
  await db.close();
  return dump;
}

async function createPglite(): Promise<TestDatabase> {
  template ??= migratedTemplate();
  const db = new PGlite({ loadDataDir: await template });
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

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function createPostgres(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `portal_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const factory = new PrismaPg({ connectionString: url });
  await applyMigrations(factory);
  const prisma = new PrismaClient({ adapter: factory, ...prismaOptions });
  return {
    prisma,
    engine: "postgres",
    url,
    async close() {
      await prisma.$disconnect();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`drop database if exists "${name}" with (force)`);
      await drop.end();
    },
  };
}

export function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  return engine === "pglite" ? createPglite() : createPostgres();
}
