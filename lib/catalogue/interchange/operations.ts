import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { exportCatalogue } from "./export";
import { importCatalogue, type ImportResult } from "./import";
import type { CatalogueDocument } from "./schema";

/**
 * The catalogue operations as plain JSON in, plain JSON out, so they can run in
 * this process or be handed to the process that owns the embedded database
 * (lib/db/owner.ts); lib/operations.ts registers them.
 */
const importPayload = z.object({
  document: z.unknown(),
  replace: z.boolean().optional(),
  /** Absolute folder of the catalogue file, for its photos. */
  sourceDir: z.string().optional(),
});
export type ImportPayload = z.input<typeof importPayload>;

export async function runImport(prisma: PrismaClient, payload: unknown): Promise<ImportResult> {
  const { document, replace, sourceDir } = importPayload.parse(payload);
  return importCatalogue(prisma, document, { replace, sourceDir });
}

export async function runExport(prisma: PrismaClient): Promise<CatalogueDocument> {
  return exportCatalogue(prisma);
}
