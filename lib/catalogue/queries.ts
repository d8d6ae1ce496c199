import "server-only";
import { getPrisma } from "@/lib/db/client";
import { KIND_TAXONOMY, toServiceView, type MunicipalityView, type ServiceView } from "./view";

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

/**
 * The services residents may see (status `active`), optionally only those that serve
 * one municipality, with their texts in `locale` (falling back to Dutch).
 */
export async function listActiveServices(options: {
  locale: string;
  municipalityCode?: string;
}): Promise<ServiceView[]> {
  const prisma = await getPrisma();
  const records = await prisma.service.findMany({
    where: {
      status: "active",
      ...(options.municipalityCode
        ? { serviceAreas: { some: { municipalityCode: options.municipalityCode } } }
        : {}),
    },
    select: {
      id: true,
      name: true,
      description: true,
      organization: { select: { name: true, isCareProvider: true, isAccessTeam: true } },
      attributes: {
        where: { term: { taxonomyId: KIND_TAXONOMY } },
        select: { term: { select: { taxonomyId: true, code: true } } },
      },
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });

  const views: ServiceView[] = [];
  for (const record of records) {
    const view = toServiceView(record, options.locale);
    if (view) {
      views.push(view);
    } else {
      // The importer requires a Dutch name; a record without one is a data fault worth a log line.
      console.error(`catalogue: active service ${record.id} has no Dutch name and is not shown`);
    }
  }
  return views;
}
