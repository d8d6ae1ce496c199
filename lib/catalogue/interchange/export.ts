import type { PrismaClient } from "@/lib/generated/prisma/client";
import { photoPathInDocument } from "./photos";
import { PROFILE, type CatalogueDocument, type Supporter } from "./schema";
import { loadStored, type StoredCatalogue, type StoredTerm } from "./stored";
import {
  locationRecord, municipalityRecord, organizationRecord, serviceRecord, supporterRecord, taxonomyRecord,
} from "./to-document";

/**
 * The whole catalogue as one `hsds-nl-clientondersteuning/1` document, lists in
 * their stored order. Read in one transaction so the file is a consistent
 * snapshot even while editors work. Photos are referred to by their name in
 * the uploads folder; the export script copies them next to the file.
 */
export async function exportCatalogue(prisma: PrismaClient): Promise<CatalogueDocument> {
  return toCatalogueDocument(await loadStoredSnapshot(prisma));
}

/** Every table of the catalogue read at one moment (repeatable read), even while editors work. */
export function loadStoredSnapshot(prisma: PrismaClient): Promise<StoredCatalogue> {
  return prisma.$transaction((tx) => loadStored(tx), { timeout: 120_000, isolationLevel: "RepeatableRead" });
}

/** A loaded catalogue as one document (also the open-data download, from the published part). */
export function toCatalogueDocument(stored: StoredCatalogue, generatedAt = new Date()): CatalogueDocument {
  const termsOf = new Map<string, StoredTerm[]>();
  for (const term of stored.terms.values()) {
    const terms = termsOf.get(term.taxonomyId) ?? [];
    terms.push(term);
    termsOf.set(term.taxonomyId, terms);
  }
  const supportersOf = new Map<string, Supporter[]>();
  for (const supporter of stored.supporters) {
    const list = supportersOf.get(supporter.serviceId) ?? [];
    list.push(supporterRecord(supporter, photoPathInDocument(supporter.photo)));
    supportersOf.set(supporter.serviceId, list);
  }

  const document: CatalogueDocument = {
    profile: PROFILE,
    generated_at: generatedAt.toISOString(),
    municipalities: stored.municipalities.map(municipalityRecord),
    taxonomies: stored.taxonomies.map((t) => taxonomyRecord(t, termsOf.get(t.id) ?? [])),
    organizations: stored.organizations.map(organizationRecord),
    services: stored.services.map((s) => serviceRecord(s, supportersOf.get(s.id) ?? [])),
    locations: stored.locations.map(locationRecord),
  };
  // Through JSON once: optional fields that are undefined disappear, as the format requires.
  return JSON.parse(JSON.stringify(document)) as CatalogueDocument;
}
