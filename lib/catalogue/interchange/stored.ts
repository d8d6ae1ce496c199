import type * as Db from "@/lib/generated/prisma/client";

/**
 * The catalogue as the database holds it, loaded table by table (one query per
 * table, however many records) and grouped in memory. Both the importer (to
 * compare) and the exporter (to write) read it, so they agree on every field.
 */
export type Client = Db.Prisma.TransactionClient | Db.PrismaClient;

export type StoredTerm = Db.TaxonomyTerm & { ref: string };
export type StoredOrganization = Db.Organization & { identifiers: Db.OrganizationIdentifier[]; phones: Db.Phone[] };
export type StoredLocation = Db.Location & { accessibility: Db.LocationAccessibility[] };
export type StoredServiceAtLocation = Db.ServiceAtLocation & { schedules: Db.Schedule[] };
export type StoredService = Db.Service & {
  phones: Db.Phone[];
  areas: string[];
  attributes: string[];
  serviceAtLocations: StoredServiceAtLocation[];
};
export type StoredSupporter = Db.Supporter & { livedExperience: string[] };

export type StoredCatalogue = {
  municipalities: Db.Municipality[];
  taxonomies: Db.Taxonomy[];
  /** Keyed by reference, e.g. `co-kind:formal`. */
  terms: Map<string, StoredTerm>;
  organizations: StoredOrganization[];
  locations: StoredLocation[];
  services: StoredService[];
  supporters: StoredSupporter[];
};

// Position first; the id breaks ties between records a merge import left at the same place.
const order = <T extends { position: number }>(rows: T[], key: (row: T) => string) =>
  rows.sort((a, b) => a.position - b.position || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

function groupBy<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export async function loadStored(db: Client): Promise<StoredCatalogue> {
  // Sequential on purpose: a transaction runs one query at a time anyway.
  const municipalities = await db.municipality.findMany();
  const taxonomies = await db.taxonomy.findMany();
  const termRows = await db.taxonomyTerm.findMany();
  const organizations = await db.organization.findMany();
  const identifiers = await db.organizationIdentifier.findMany();
  const phones = await db.phone.findMany();
  const locations = await db.location.findMany();
  const accessibility = await db.locationAccessibility.findMany();
  const services = await db.service.findMany();
  const areas = await db.serviceArea.findMany();
  const attributes = await db.serviceAttribute.findMany();
  const sals = await db.serviceAtLocation.findMany();
  const schedules = await db.schedule.findMany();
  const supporters = await db.supporter.findMany();
  const lived = await db.supporterLivedExperience.findMany();

  const terms = new Map<string, StoredTerm>();
  const refById = new Map<string, string>();
  for (const term of order(termRows, (t) => t.code)) {
    const ref = `${term.taxonomyId}:${term.code}`;
    terms.set(ref, { ...term, ref });
    refById.set(term.id, ref);
  }
  const refs = (rows: { termId: string; position: number }[]) =>
    order(rows, (r) => r.termId).map((r) => refById.get(r.termId) ?? r.termId);

  const identifiersOf = groupBy(identifiers, (r) => r.organizationId);
  const orgPhones = groupBy(phones, (r) => r.organizationId);
  const servicePhones = groupBy(phones, (r) => r.serviceId);
  const accessibilityOf = groupBy(accessibility, (r) => r.locationId);
  const areasOf = groupBy(areas, (r) => r.serviceId);
  const attributesOf = groupBy(attributes, (r) => r.serviceId);
  const schedulesOf = groupBy(schedules, (r) => r.serviceAtLocationId);
  const salsOf = groupBy(sals, (r) => r.serviceId);
  const livedOf = groupBy(lived, (r) => r.supporterId);
  const byId = (r: { id: string }) => r.id;

  return {
    municipalities: order(municipalities, (m) => m.code),
    taxonomies: order(taxonomies, byId),
    terms,
    organizations: order(organizations, byId).map((o) => ({
      ...o,
      identifiers: order(identifiersOf.get(o.id) ?? [], byId),
      phones: order(orgPhones.get(o.id) ?? [], byId),
    })),
    locations: order(locations, byId).map((l) => ({ ...l, accessibility: order(accessibilityOf.get(l.id) ?? [], byId) })),
    services: order(services, byId).map((s) => ({
      ...s,
      phones: order(servicePhones.get(s.id) ?? [], byId),
      areas: order(areasOf.get(s.id) ?? [], (a) => a.municipalityCode).map((a) => a.municipalityCode),
      attributes: refs(attributesOf.get(s.id) ?? []),
      serviceAtLocations: order(salsOf.get(s.id) ?? [], byId).map((sal) => ({
        ...sal,
        schedules: order(schedulesOf.get(sal.id) ?? [], byId),
      })),
    })),
    supporters: order(supporters, byId).map((p) => ({ ...p, livedExperience: refs(livedOf.get(p.id) ?? []) })),
  };
}
