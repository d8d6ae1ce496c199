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

/**
 * Which records to read: the keys of one kind each. Without a scope the whole catalogue is
 * read (an import, an export); with one, only those records, their child rows and, for a
 * service, its supporters (an editor's change of one record). Terms are always read whole:
 * every list of references needs their ids, and there are few.
 */
export type StoreScope = {
  municipalities: readonly string[];
  taxonomies: readonly string[];
  organizations: readonly string[];
  locations: readonly string[];
  services: readonly string[];
};

export async function loadStored(db: Client, scope?: StoreScope): Promise<StoredCatalogue> {
  const only = <K extends string>(key: K, ids: readonly string[] | undefined) =>
    (ids === undefined ? {} : { where: { [key]: { in: [...ids] } } }) as { where?: Record<K, { in: string[] }> };
  // Sequential on purpose: a transaction runs one query at a time anyway.
  const municipalities = await db.municipality.findMany(only("code", scope?.municipalities));
  const taxonomies = await db.taxonomy.findMany(only("id", scope?.taxonomies));
  const termRows = await db.taxonomyTerm.findMany();
  const organizations = await db.organization.findMany(only("id", scope?.organizations));
  const identifiers = await db.organizationIdentifier.findMany(only("organizationId", scope?.organizations));
  const phones = scope
    ? await db.phone.findMany({ where: { OR: [{ organizationId: { in: [...scope.organizations] } }, { serviceId: { in: [...scope.services] } }] } })
    : await db.phone.findMany();
  const locations = await db.location.findMany(only("id", scope?.locations));
  const accessibility = await db.locationAccessibility.findMany(only("locationId", scope?.locations));
  const services = await db.service.findMany(only("id", scope?.services));
  const areas = await db.serviceArea.findMany(only("serviceId", scope?.services));
  const attributes = await db.serviceAttribute.findMany(only("serviceId", scope?.services));
  const sals = await db.serviceAtLocation.findMany(only("serviceId", scope?.services));
  const schedules = scope
    ? await db.schedule.findMany({ where: { serviceAtLocationId: { in: sals.map((sal) => sal.id) } } })
    : await db.schedule.findMany();
  const supporters = await db.supporter.findMany(only("serviceId", scope?.services));
  const lived = scope
    ? await db.supporterLivedExperience.findMany({ where: { supporterId: { in: supporters.map((p) => p.id) } } })
    : await db.supporterLivedExperience.findMany();

  const terms = new Map<string, StoredTerm>();
  const refById = new Map<string, string>();
  for (const term of order(termRows, (t) => t.code)) {
    const ref = `${term.taxonomyId}:${term.code}`;
    terms.set(ref, Object.assign(term, { ref }));
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

  // Each row gets its child lists added in place: copying every row (`{ ...row, phones }`) made a
  // second catalogue, and left the first as garbage for the next full collection (README, "Memory").
  return {
    municipalities: order(municipalities, (m) => m.code),
    taxonomies: order(taxonomies, byId),
    terms,
    organizations: order(organizations, byId).map((o) => Object.assign(o, {
      identifiers: order(identifiersOf.get(o.id) ?? [], byId),
      phones: order(orgPhones.get(o.id) ?? [], byId),
    })),
    locations: order(locations, byId).map((l) => Object.assign(l, { accessibility: order(accessibilityOf.get(l.id) ?? [], byId) })),
    services: order(services, byId).map((s) => Object.assign(s, {
      phones: order(servicePhones.get(s.id) ?? [], byId),
      areas: order(areasOf.get(s.id) ?? [], (a) => a.municipalityCode).map((a) => a.municipalityCode),
      attributes: refs(attributesOf.get(s.id) ?? []),
      serviceAtLocations: order(salsOf.get(s.id) ?? [], byId).map((sal) => Object.assign(sal, {
        schedules: order(schedulesOf.get(sal.id) ?? [], byId),
      })),
    })),
    supporters: order(supporters, byId).map((p) => Object.assign(p, { livedExperience: refs(livedOf.get(p.id) ?? []) })),
  };
}
