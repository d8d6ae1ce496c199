import "server-only";
import { getPrisma } from "@/lib/db/client";
import { inMunicipality } from "./directory/facets";
import { unconfirmedSince } from "./freshness";
import type { DirectoryFilters } from "./directory/filters";
import { directoryEntries, searchServices, type DirectorySearch } from "./directory/search";
import { serviceInternalFor } from "./internal-notes";
import { localise, type LocalisedText } from "./localise";
import { catalogueSnapshot, serviceRecord, supporterPhotoPath } from "./queries";
import { serviceSummary } from "./service-summary";
import { toContactDetails, type ContactDetails } from "./shapes/contact-details";
import { toMunicipalityDetail, type MunicipalityDetail } from "./shapes/municipality";
import { toServiceDetail, type ServiceDetail } from "./shapes/service-detail";
import { walkInDays, type WalkInDay } from "./shapes/walk-in-hours";
import { searchLookup, type LookupResult } from "./staff-lookup";
import { isClientSupport, isOpenStatus } from "./visibility";

/**
 * The catalogue as pages read it: each call opens the process's database client, reads
 * through ./queries.ts (revision-cached, one visibility rule) and returns the page's
 * shape in the visitor's language, so pages and components never see Prisma.
 */
export async function findServices(filters: DirectoryFilters, locale: string, now?: Date): Promise<DirectorySearch> {
  return searchServices(await getPrisma(), filters, locale, { now });
}

/**
 * While the database cannot be reached and pages come from the catalogue in memory: when
 * that catalogue was last known current. Undefined while all is well (or nothing is loaded).
 */
export async function catalogueUnconfirmedSince(): Promise<Date | undefined> {
  try {
    await catalogueSnapshot(await getPrisma());
  } catch {
    return undefined;
  }
  return unconfirmedSince();
}

/** Loads the catalogue into memory (the snapshot every resident page reads), as the first visitor would. */
export async function loadCatalogue(): Promise<void> {
  await catalogueSnapshot(await getPrisma());
}

export async function findService(id: string, locale: string): Promise<ServiceDetail | undefined> {
  const record = await serviceRecord(await getPrisma(), id);
  return record && toServiceDetail(record, locale);
}

/** Up to `max` client support services in the order asked, to compare; unknown ids and the access team's services are left out. */
export async function findServicesById(ids: readonly string[], locale: string, max = 3): Promise<ServiceDetail[]> {
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))].slice(0, max);
  const found = await Promise.all(unique.map((id) => findService(id, locale)));
  return found.filter((detail): detail is ServiceDetail => detail !== undefined && isClientSupport(detail));
}

/** All municipalities with their wijkteam / Toegang, in the catalogue's order. */
export async function findMunicipalities(locale: string): Promise<MunicipalityDetail[]> {
  const snapshot = await catalogueSnapshot(await getPrisma());
  return snapshot.municipalities.map((m) => toMunicipalityDetail(m, locale));
}

export async function findMunicipality(code: string | undefined, locale: string): Promise<MunicipalityDetail | undefined> {
  if (code === undefined) return undefined;
  return (await findMunicipalities(locale)).find((m) => m.code === code);
}

/** Every open service of a municipality with its details, for the printed leaflet. */
export async function findLeafletServices(municipality: string | undefined, locale: string): Promise<ServiceDetail[]> {
  const snapshot = await catalogueSnapshot(await getPrisma());
  const open = inMunicipality(await directoryEntries(snapshot, locale), municipality).filter((entry) => isOpenStatus(entry.status));
  const details = await Promise.all(open.map((entry) => findService(entry.id, locale)));
  return details.filter((detail): detail is ServiceDetail => detail !== undefined);
}

/** The coming walk-in hours of a municipality's client support, by day (shapes/walk-in-hours.ts). */
export async function findWalkInDays(municipality: string, locale: string, now: Date): Promise<WalkInDay[]> {
  const snapshot = await catalogueSnapshot(await getPrisma());
  return walkInDays(snapshot.services, municipality, locale, now);
}

/** Every way to reach an open service, and the chosen supporter if they work there. */
export async function findContactDetails(serviceId: string, supporterId: string | undefined, locale: string): Promise<ContactDetails | undefined> {
  const record = await serviceRecord(await getPrisma(), serviceId);
  return record && toContactDetails(record, supporterId, locale);
}

/** The staff lookup: the directory's filters and search, with internal notes and direct lines. */
export async function lookupServices(filters: DirectoryFilters, locale: string): Promise<LookupResult> {
  return searchLookup(await getPrisma(), filters, locale);
}

export type HandoverTarget = { id: string; name: LocalisedText; status: string; organizationName: string; supporters: { id: string; name: string }[] };

/** The service a handover goes to, whatever its status: the page explains why an inactive one cannot be chosen. */
export async function findHandoverTarget(serviceId: string, locale: string): Promise<HandoverTarget | undefined> {
  const summary = await serviceSummary(await getPrisma(), serviceId);
  const name = summary && localise(summary.name, locale);
  if (!summary || !name) return undefined;
  return {
    id: summary.id,
    name,
    status: summary.status,
    organizationName: summary.organizationName,
    supporters: summary.supporters.map((s) => ({ id: s.id, name: s.displayName })),
  };
}

export async function findSupporterPhoto(serviceId: string, supporterId: string): Promise<string | undefined> {
  return supporterPhotoPath(await getPrisma(), serviceId, supporterId);
}

/** One service with its internal notes, whatever its status, for the editor's notes page; null for an unknown id. */
export async function findServiceInternal(serviceId: string, locale: string) {
  return serviceInternalFor(await getPrisma(), serviceId, locale);
}
