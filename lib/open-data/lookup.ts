import type * as Db from "@/lib/generated/prisma/client";
import type { StoredCatalogue, StoredLocation, StoredOrganization, StoredSupporter, StoredTerm } from "@/lib/catalogue/interchange/stored";

/** What the mapping looks up: vocabularies, municipalities and places, by id. */
export type Lookup = {
  terms: Map<string, StoredTerm>;
  taxonomies: Map<string, Db.Taxonomy>;
  municipalities: Map<string, Db.Municipality>;
  locations: Map<string, StoredLocation>;
  organizations: Map<string, StoredOrganization>;
  supporters: Map<string, StoredSupporter[]>;
};

export function lookupOf(stored: StoredCatalogue): Lookup {
  const supporters = new Map<string, StoredSupporter[]>();
  for (const supporter of stored.supporters) supporters.set(supporter.serviceId, [...(supporters.get(supporter.serviceId) ?? []), supporter]);
  return {
    terms: stored.terms,
    taxonomies: new Map(stored.taxonomies.map((t) => [t.id, t])),
    municipalities: new Map(stored.municipalities.map((m) => [m.code, m])),
    locations: new Map(stored.locations.map((l) => [l.id, l])),
    organizations: new Map(stored.organizations.map((o) => [o.id, o])),
    supporters,
  };
}
