import type { PublishedCatalogue } from "@/lib/catalogue/queries";
import { taxonomyUuid } from "./ids";
import * as hsds from "./hsds";
import { lookupOf } from "./lookup";
import { serviceAtLocation } from "./places";

/**
 * The published catalogue as HSDS, built once per catalogue revision (pure): every
 * answer of the API is then a filter and a slice of these lists, in the catalogue's order.
 */
export type ServiceFacts = {
  id: string;
  organizationId: string;
  termIds: Set<string>;
  taxonomyIds: Set<string>;
  municipalities: string[];
  minimumAge: number | null;
  maximumAge: number | null;
  lastModified: Date;
};

export type Entry = { facts: ServiceFacts; summary: Record<string, unknown>; full: Record<string, unknown> };

export type OpenCatalogue = {
  revision: number;
  changedAt: Date;
  services: Entry[];
  serviceById: Map<string, Entry>;
  organizations: Array<{ id: string; summary: Record<string, unknown>; full: Record<string, unknown> }>;
  taxonomies: Array<{ id: string; slug: string; record: Record<string, unknown> }>;
  terms: Array<{ id: string; taxonomyId: string; parentId: string | undefined; record: Record<string, unknown> }>;
  serviceAtLocations: Array<{ id: string; serviceId: string; record: Record<string, unknown> }>;
};

export function openCatalogue(published: PublishedCatalogue): OpenCatalogue {
  const { stored } = published;
  const lookup = lookupOf(stored);
  const services = stored.services.map((s): Entry => {
    const terms = s.attributes.map((ref) => stored.terms.get(ref)).filter((t) => t !== undefined);
    return {
      facts: {
        id: s.id,
        organizationId: s.organizationId,
        termIds: new Set(terms.map((t) => t.id)),
        taxonomyIds: new Set(terms.map((t) => taxonomyUuid(t.taxonomyId))),
        municipalities: s.areas,
        minimumAge: s.minimumAge,
        maximumAge: s.maximumAge,
        lastModified: hsds.lastModified(s, lookup),
      },
      summary: hsds.serviceSummary(s, lookup),
      full: hsds.service(s, lookup),
    };
  });
  const terms = [...stored.terms.values()].map((term) => {
    const record = hsds.taxonomyTerm(term, lookup);
    return { id: term.id, taxonomyId: taxonomyUuid(term.taxonomyId), parentId: record.parent_id as string | undefined, record };
  });
  return {
    revision: published.revision,
    changedAt: published.changedAt,
    services,
    serviceById: new Map(services.map((entry) => [entry.facts.id, entry])),
    organizations: stored.organizations.map((o) => ({ id: o.id, summary: hsds.organizationSummary(o), full: hsds.organization(o) })),
    taxonomies: stored.taxonomies.map((t) => ({ id: taxonomyUuid(t.id), slug: t.id, record: hsds.taxonomy(t) })),
    terms,
    serviceAtLocations: stored.services.flatMap((s) =>
      s.serviceAtLocations.map((sal) => ({ id: sal.id, serviceId: s.id, record: serviceAtLocation(sal, lookup) })),
    ),
  };
}
