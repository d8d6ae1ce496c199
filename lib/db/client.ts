import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { ConfigError, env, type Env } from "@/lib/env";
import { writeBackup } from "./backup";
import { ensureWritableDir, restrictTree } from "./data-dir";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { acquireLock, type DatabaseLock } from "./lock";
import { applyMigrations } from "./migrations";
import { pgliteOptions } from "./pglite-options";
import { prismaOptions } from "./prisma-options";
import { CONNECT_TIMEOUT_MS, withStartupLock } from "./server-lock";

/**
 * Opens the configured database: PGlite in DATA_DIR when DATABASE_URL is unset,
 * otherwise that PostgreSQL server through the official pg adapter. Either way the
 * pending migrations are applied before the client is handed out.
 */
export type Database = {
  prisma: PrismaClient;
  engine: "pglite" | "postgres";
  /** Migrations this open applied (empty when the database was up to date). */
  appliedMigrations: string[];
  /** Set for the embedded database: this process owns the folder until close(). */
  lock?: DatabaseLock;
  /** The embedded database only: writes a consistent backup to `file` (lib/db/backup.ts); its size in bytes. */
  backup?(file: string): Promise<number>;
  close(): Promise<void>;
};


export function pgliteFolder(dataDir: string): string {
  return path.join(dataDir, "pglite");
}

/**
 * A data folder is only ever created whole: PGlite initialises it beside its final
 * place and it is renamed into place when complete, so an interrupted first start
 * cannot leave a half-initialised folder that later refuses to open.
 */
async function openPglite(folder: string): Promise<PGlite> {
  if (!fs.existsSync(path.join(folder, "PG_VERSION"))) {
    const building = `${folder}.initialising`;
    fs.rmSync(building, { recursive: true, force: true });
    const fresh = new PGlite(building);
    await fresh.waitReady;
    await fresh.close();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.renameSync(building, folder);
  }
  const db = new PGlite(folder, pgliteOptions());
  await db.waitReady;
  return db;
}

/** Fails with a ConfigError naming DATABASE_URL when the server cannot be used. */
export async function checkServer(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const where = (() => {
      try {
        const u = new URL(url);
        return `${u.hostname}:${u.port || 5432}/${u.pathname.slice(1)}`;
      } catch {
        return "the address";
      }
    })();
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError("DATABASE_URL", `DATABASE_URL points at ${where}, but that PostgreSQL server cannot be used (${reason}).`);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openDatabase(config: Env = env()): Promise<Database> {
  if (config.databaseUrl) {
    await checkServer(config.databaseUrl);
    // The pool reconnects by itself after an outage; each new connection gives up after CONNECT_TIMEOUT_MS.
    const factory = new PrismaPg({ connectionString: config.databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    const appliedMigrations = await withStartupLock(config.databaseUrl, () => applyMigrations(factory));
    const prisma = new PrismaClient({ adapter: factory, ...prismaOptions });
    return { prisma, engine: "postgres", appliedMigrations, close: () => prisma.$disconnect() };
  }
  ensureWritableDir(config.dataDir);
  const lock = acquireLock(config.dataDir);
  try {
    const pglite = await openPglite(pgliteFolder(config.dataDir));
    restrictTree(config.dataDir);
    const factory: SqlMigrationAwareDriverAdapterFactory = new PrismaPGlite(pglite);
    const appliedMigrations = await applyMigrations(factory);
    const prisma = new PrismaClient({ adapter: factory, ...prismaOptions });
    return {
      prisma,
      engine: "pglite",
      appliedMigrations,
      lock,
      backup: (file) => writeBackup(pglite, file),
      async close() {
        await prisma.$disconnect();
        await pglite.close();
        try {
          restrictTree(config.dataDir);
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

const processDatabase = globalThis as unknown as { __portalDatabase?: Promise<Database> };

/**
 * The process-wide database of the portal server. Kept on globalThis because Next.js
 * may load this module more than once (instrumentation and route bundles).
 *
 * It does not start the channel through which other processes hand work to the owner:
 * that channel needs the command registry, which sits above every domain, and this
 * file sits below them all. The serving process starts it at boot (lib/server/boot.ts),
 * so lib/db imports no domain and client.ts and owner.ts no longer import each other.
 */
export function getDatabase(): Promise<Database> {
  processDatabase.__portalDatabase ??= openDatabase();
  processDatabase.__portalDatabase.catch(() => {
    processDatabase.__portalDatabase = undefined;
  });
  return processDatabase.__portalDatabase;
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}
