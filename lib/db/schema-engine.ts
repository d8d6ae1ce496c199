import { readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type * as EngineModule from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Prisma's schema engine compiled to WebAssembly, driven through a driver adapter.
 * It applies and records migrations exactly like `prisma migrate deploy`, with no
 * native binary download, so it works offline and on air-gapped municipal servers.
 */
export type SchemaEngine = EngineModule.SchemaEngine;

let loaded: Promise<typeof EngineModule> | undefined;

async function loadEngineModule(): Promise<typeof EngineModule> {
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  // From the working directory, like the schema: inside a Next.js server bundle
  // require.resolve gives a module number, not a path.
  const wasmPath = path.resolve("node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

export async function createSchemaEngine(
  schemaPath: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  loaded ??= loadEngineModule();
  const bg = await loaded;
  const datamodel = await readFile(schemaPath, "utf8");
  return bg.SchemaEngine.new(
    { datamodels: [[schemaPath, datamodel]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
