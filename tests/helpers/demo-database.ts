import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase, type TestEngine } from "./db";

export async function loadDemoCatalogue(prisma: PrismaClient): Promise<void> {
  const file = path.resolve("prisma/demo/catalogue.json");
  const result = await importCatalogue(prisma, JSON.parse(await readFile(file, "utf8")), { sourceDir: path.dirname(file) });
  if (!result.ok) throw new Error("demo catalogue did not load");
}

/**
 * A fresh database of one engine holding the demo catalogue, for the describe block
 * that calls this: opened before its tests, closed after them.
 */
export function demoDatabase(engine: TestEngine): { readonly prisma: PrismaClient; readonly engine: TestEngine } {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await loadDemoCatalogue(db.prisma);
  });
  afterAll(() => db?.close());
  return {
    engine,
    get prisma() {
      if (!db) throw new Error("the demo database is used before beforeAll opened it");
      return db.prisma;
    },
  };
}
