import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { MunicipalityView } from "./view";

/**
 * Read-only catalogue queries for resident pages. They return plain view objects, so
 * pages and components never see Prisma rows or import Prisma.
 */

/** Municipalities in the order the catalogue lists them. */
export async function listMunicipalities(): Promise<MunicipalityView[]> {
  const prisma = await getPrisma();
  return prisma.municipality.findMany({
    select: { code: true, name: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
}
