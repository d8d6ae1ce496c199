import "server-only";
import { getPrisma } from "@/lib/db/client";
import { directoryCatalogue, type DirectoryEntry } from "./directory/entries";
import { inMunicipality } from "./directory/facets";
import type { DirectoryFilters } from "./directory/filters";
import { searchServices, type DirectorySearch } from "./directory/search";
import { listMunicipalityDetails, type MunicipalityDetail } from "./municipalities";
import { getCatalogueRevision } from "./revision";
import { getServiceDetail, type ServiceDetail } from "./service-detail";

/** The catalogue as resident pages read it: each call opens the shared client, so pages never touch Prisma. */
export async function findServices(filters: DirectoryFilters, locale: string): Promise<DirectorySearch> {
  return searchServices(await getPrisma(), filters, locale);
}

export async function findService(id: string, locale: string): Promise<ServiceDetail | undefined> {
  return getServiceDetail(await getPrisma(), id, locale);
}

/** Up to `max` services in the order asked; unknown ids are left out. */
export async function findServicesById(ids: readonly string[], locale: string, max = 3): Promise<ServiceDetail[]> {
  const prisma = await getPrisma();
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))].slice(0, max);
  const found = await Promise.all(unique.map((id) => getServiceDetail(prisma, id, locale)));
  return found.filter((detail): detail is ServiceDetail => detail !== undefined);
}

export async function findMunicipalities(locale: string): Promise<MunicipalityDetail[]> {
  return listMunicipalityDetails(await getPrisma(), locale);
}

/** Every open service of a municipality with its details, for the printed leaflet. */
export async function findLeafletServices(municipality: string | undefined, locale: string): Promise<ServiceDetail[]> {
  const prisma = await getPrisma();
  const revision = await getCatalogueRevision(prisma);
  const { entries } = await directoryCatalogue(prisma, locale, revision);
  const open = inMunicipality(entries, municipality).filter((entry: DirectoryEntry) => !entry.temporarilyClosed);
  const details = await Promise.all(open.map((entry) => getServiceDetail(prisma, entry.id, locale)));
  return details.filter((detail): detail is ServiceDetail => detail !== undefined);
}
