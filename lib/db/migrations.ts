import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { allMigrationsApplied } from "./applied-migrations";
import { createSchemaEngine } from "./schema-engine";

/** The project's files are found from the working directory, as npm scripts and `next start` run there. */
export const projectPaths = {
  schema: () => path.resolve("prisma/schema.prisma"),
  migrations: () => path.resolve("prisma/migrations"),
};

/** Reads prisma/migrations in Prisma's own layout (one folder per migration, migration.sql inside). */
export async function readMigrationList(dir = projectPaths.migrations()): Promise<MigrationList> {
  const lockPath = path.join(dir, "migration_lock.toml");
  const entries = existsSync(dir) ? await readdir(dir, { withFileTypes: true }) : [];
  const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      folders.map(async (name) => {
        const file = path.join(dir, name, "migration.sql");
        const content = existsSync(file)
          ? { tag: "ok" as const, value: await readFile(file, "utf8") }
          : { tag: "error" as const, value: `${file} is missing` };
        return { path: name, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

const noFilter = { externalTables: [], externalEnums: [] };

/**
 * Applies the migrations that are not applied yet and records them in `_prisma_migrations`,
 * as `prisma migrate deploy` would. Returns the names applied now. The schema engine is only
 * loaded when there is something for it to do.
 */
export async function applyMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  paths = { schema: projectPaths.schema(), migrations: projectPaths.migrations() },
): Promise<string[]> {
  const migrationsList = await readMigrationList(paths.migrations);
  if (await allMigrationsApplied(adapterFactory, migrationsList)) return [];
  const engine = await createSchemaEngine(paths.schema, adapterFactory);
  try {
    const result = await engine.applyMigrations({ migrationsList, filters: noFilter });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * SQL that brings a database holding every existing migration to the current schema.
 * `adapterFactory` must point at a throwaway database that already has them applied
 * (Prisma would use a shadow database; the wasm engine cannot create one here).
 */
export async function diffSchemaAgainst(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaPath = projectPaths.schema(),
): Promise<string> {
  const engine = await createSchemaEngine(schemaPath, adapterFactory);
  try {
    const files = [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: path.dirname(schemaPath) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}
