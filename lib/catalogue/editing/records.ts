import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { photoPathInDocument } from "../interchange/photos";
import type { KnownRecords } from "../interchange/references";
import type { CatalogueDocument } from "../interchange/schema";
import { loadStored, type StoredCatalogue } from "../interchange/stored";
import { locationRecord, municipalityRecord, organizationRecord, serviceRecord, supporterRecord, taxonomyRecord } from "../interchange/to-document";
import type { RecordValue } from "./field-changes";
import { DOCUMENT_LIST, scopeOf, type RecordKind } from "./kinds";

type Client = Prisma.TransactionClient | PrismaClient;

/** One published record in the interchange form, with its version (for "no lost updates"). */
export type PublishedRecord = { record: RecordValue; version: number };

/** Plain JSON, as a draft stores it: optional fields that are undefined disappear. */
const plain = (value: unknown): RecordValue => JSON.parse(JSON.stringify(value)) as RecordValue;

/** The published record of a kind by key, or null when there is none. */
export async function publishedRecord(db: Client, kind: RecordKind, key: string): Promise<PublishedRecord | null> {
  const stored = await loadStored(db, scopeOf(kind, [key]));
  return recordOf(stored, kind, key);
}

/** A record of a loaded (scoped) catalogue in the interchange form. */
export function recordOf(stored: StoredCatalogue, kind: RecordKind, key: string): PublishedRecord | null {
  switch (kind) {
    case "municipality": {
      const row = stored.municipalities.find((m) => m.code === key);
      return row ? { record: plain(municipalityRecord(row)), version: row.version } : null;
    }
    case "taxonomy": {
      const row = stored.taxonomies.find((t) => t.id === key);
      const terms = [...stored.terms.values()].filter((t) => t.taxonomyId === key);
      return row ? { record: plain(taxonomyRecord(row, terms)), version: row.version } : null;
    }
    case "organization": {
      const row = stored.organizations.find((o) => o.id === key);
      return row ? { record: plain(organizationRecord(row)), version: row.version } : null;
    }
    case "location": {
      const row = stored.locations.find((l) => l.id === key);
      return row ? { record: plain(locationRecord(row)), version: row.version } : null;
    }
    case "service": {
      const row = stored.services.find((s) => s.id === key);
      const supporters = stored.supporters.filter((p) => p.serviceId === key).map((p) => supporterRecord(p, photoPathInDocument(p.photo)));
      return row ? { record: plain(serviceRecord(row, supporters)), version: row.version } : null;
    }
  }
}

/** A catalogue document holding some records of one kind (what `mergeRecords` takes). */
export function recordsDocumentOf(kind: RecordKind, records: RecordValue[]): Record<string, unknown> {
  return { profile: "hsds-nl-clientondersteuning/1", [DOCUMENT_LIST[kind]]: records };
}

/**
 * What the database holds that a partial document may refer to: every municipality and
 * term (few), and the organizations, places and fallback services the document names.
 */
export async function knownRecords(db: Client, input: unknown): Promise<KnownRecords> {
  const named = referencedIds(input);
  const [municipalities, terms, organizations, locations, services] = [
    await db.municipality.findMany({ select: { code: true } }),
    await db.taxonomyTerm.findMany({ select: { taxonomyId: true, code: true } }),
    await db.organization.findMany({ where: { id: { in: named.organizations } }, select: { id: true } }),
    await db.location.findMany({ where: { id: { in: named.locations } }, select: { id: true } }),
    await db.service.findMany({
      where: { id: { in: named.services } },
      select: { id: true, attributes: { where: { term: { taxonomyId: "co-kind", code: "formal" } }, select: { termId: true } } },
    }),
  ];
  return {
    municipalities: new Set(municipalities.map((m) => m.code)),
    terms: new Set(terms.map((t) => `${t.taxonomyId}:${t.code}`)),
    organizations: new Set(organizations.map((o) => o.id)),
    locations: new Set(locations.map((l) => l.id)),
    services: new Map(services.map((s) => [s.id, s.attributes.length > 0])),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

/** The ids a raw partial document names, read defensively (it is not validated yet). */
function referencedIds(input: unknown): { organizations: string[]; locations: string[]; services: string[] } {
  const ids = { organizations: new Set<string>(), locations: new Set<string>(), services: new Set<string>() };
  const add = (set: Set<string>, value: unknown) => {
    if (typeof value === "string" && UUID.test(value.toLowerCase())) set.add(value.toLowerCase());
  };
  const services = (input as Partial<Record<string, unknown>> | null)?.services;
  if (Array.isArray(services)) {
    for (const service of services as Array<Record<string, unknown> | null>) {
      if (service === null || typeof service !== "object") continue;
      add(ids.organizations, service.organization_id);
      add(ids.services, service.x_backup_service_id);
      const sals = service.service_at_locations;
      if (Array.isArray(sals)) for (const sal of sals as Array<Record<string, unknown> | null>) add(ids.locations, sal?.location_id);
    }
  }
  return { organizations: [...ids.organizations], locations: [...ids.locations], services: [...ids.services] };
}

export type { CatalogueDocument };
