import { createHash } from "node:crypto";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Whether the database already holds exactly these migrations, each applied whole, with
 * the checksum of its file as it is now: then the schema engine has nothing to do, and
 * is not loaded (its WebAssembly stays in memory for good once loaded: 20-40 MB).
 * Anything else (a new or changed migration, one that failed or was rolled back, one the
 * folder no longer has, no `_prisma_migrations` table yet) is left to the schema engine,
 * which applies or refuses as `prisma migrate deploy` does.
 */
export async function allMigrationsApplied(factory: SqlDriverAdapterFactory, list: MigrationList): Promise<boolean> {
  const wanted = new Map<string, string>();
  for (const migration of list.migrationDirectories) {
    const { content } = migration.migrationFile;
    if (content.tag !== "ok") return false;
    wanted.set(migration.path, createHash("sha256").update(content.value).digest("hex"));
  }
  const adapter = await factory.connect();
  try {
    const result = await adapter.queryRaw({
      sql: `select migration_name, checksum, finished_at is not null and rolled_back_at is null as applied from _prisma_migrations`,
      args: [],
      argTypes: [],
    });
    if (result.rows.length !== wanted.size) return false;
    return result.rows.every(([name, checksum, applied]) => applied === true && wanted.get(String(name)) === checksum);
  } catch {
    return false;
  } finally {
    await adapter.dispose();
  }
}
