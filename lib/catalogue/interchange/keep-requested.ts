import { photoPathInDocument } from "./photos";
import type { CatalogueDocument, Service } from "./schema";
import type { StoredCatalogue } from "./stored";
import type { RequestedRecord } from "./still-requested";
import { municipalityRecord, organizationRecord, serviceRecord, supporterRecord } from "./to-document";

/**
 * A document that replaces the catalogue, with the records contact requests still point at
 * kept: each such service as it is stored but with status `defunct` (nobody sees it, the
 * requests keep their service), and each such organisation as it is stored (also the
 * organisation of a kept service). A kept service refers only to what the document keeps:
 * places, terms and a fallback service it drops are left out; its areas stay, and a
 * municipality the document drops comes along when no other area remains (an area is required).
 * Pure: the result is checked like any document before it is planned.
 */
export function keepRequestedRecords(document: CatalogueDocument, stored: StoredCatalogue, requested: readonly RequestedRecord[]): CatalogueDocument {
  const inDocument = {
    organizations: new Set(document.organizations.map((o) => o.id.toLowerCase())),
    locations: new Set(document.locations.map((l) => l.id.toLowerCase())),
    municipalities: new Set(document.municipalities.map((m) => m.code)),
    terms: new Set(document.taxonomies.flatMap((t) => t.terms.map((term) => `${t.id}:${term.code}`))),
    services: new Set(document.services.map((s) => s.id.toLowerCase())),
  };
  const keptServices = new Set(requested.filter((r) => r.kind === "service").map((r) => r.id));
  const organizations = new Set(requested.filter((r) => r.kind === "organization").map((r) => r.id));
  const municipalities = new Set<string>();

  const services: Service[] = stored.services
    .filter((row) => keptServices.has(row.id))
    .map((row) => {
      const supporters = stored.supporters
        .filter((p) => p.serviceId === row.id)
        .map((p) => {
          const supporter = supporterRecord(p, photoPathInDocument(p.photo));
          const lived = supporter.lived_experience?.filter((ref) => inDocument.terms.has(ref));
          return { ...supporter, lived_experience: lived && lived.length > 0 ? lived : undefined };
        });
      const record = serviceRecord(row, supporters);
      organizations.add(record.organization_id);
      let areas = record.service_areas.filter((a) => inDocument.municipalities.has(a.municipality));
      if (areas.length === 0) {
        areas = record.service_areas;
        for (const area of areas) municipalities.add(area.municipality);
      }
      const places = record.service_at_locations?.filter((sal) => inDocument.locations.has(sal.location_id));
      const backup = record.x_backup_service_id;
      return {
        ...record,
        status: "defunct" as const,
        service_areas: areas,
        attributes: record.attributes.filter((ref) => inDocument.terms.has(ref)),
        service_at_locations: places && places.length > 0 ? places : undefined,
        x_backup_service_id: backup !== undefined && inDocument.services.has(backup) ? backup : undefined,
      };
    });

  const kept: CatalogueDocument = {
    ...document,
    municipalities: [
      ...document.municipalities,
      ...stored.municipalities.filter((m) => municipalities.has(m.code) && !inDocument.municipalities.has(m.code)).map(municipalityRecord),
    ],
    organizations: [
      ...document.organizations,
      ...stored.organizations.filter((o) => organizations.has(o.id) && !inDocument.organizations.has(o.id)).map(organizationRecord),
    ],
    services: [...document.services, ...services],
  };
  // Through JSON once: optional fields that are undefined disappear, as the format requires.
  return JSON.parse(JSON.stringify(kept)) as CatalogueDocument;
}
