import { readFile } from "node:fs/promises";
import path from "node:path";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { catalogueIsEmpty } from "@/lib/catalogue/service-summary";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const demoCataloguePath = () => path.resolve("prisma/demo/catalogue.json");

/**
 * Loads the project's demo catalogue into an empty database, so that a newcomer sees a
 * working portal after `npm start`. Off with SEED_DEMO_CATALOGUE=false (production).
 * Returns the number of services when it loaded something.
 */
export async function seedDemoCatalogue(prisma: PrismaClient): Promise<number | undefined> {
  if (!env().seedDemoCatalogue) return undefined;
  if (!(await catalogueIsEmpty(prisma))) return undefined;
  const file = demoCataloguePath();
  const result = await importCatalogue(prisma, JSON.parse(await readFile(file, "utf8")), { sourceDir: path.dirname(file) });
  if (!result.ok) {
    throw new Error(`The demo catalogue ${file} is not valid: ${result.problems.map((p) => `${p.path} ${p.message.en}`).join("; ")}`);
  }
  return result.counts.services.created;
}
