import type * as Db from "@/lib/generated/prisma/client";
import type { StoredOrganization, StoredService, StoredSupporter, StoredTerm } from "@/lib/catalogue/interchange/stored";
import { derivedId, taxonomyUuid } from "./ids";
import type { Lookup } from "./lookup";
import { serviceAtLocation } from "./places";
import { dutch, isoDay as day, present, texts, type HsdsRecord as Json } from "./text";

/**
 * Catalogue records as HSDS 3.0 objects (pure). Field names and meanings are those of
 * the catalogue's own format (lib/catalogue/interchange, PROFILE.md), which follows HSDS:
 * what differs here is only HSDS's shape: one record per related thing, with an id, and
 * text as a string (Dutch) with the other languages in `x_translations`. The profile's
 * extensions (x_…) keep their names. Required HSDS text the catalogue leaves out (a
 * description, a province) is an empty string.
 */

const languageNames = new Intl.DisplayNames(["nl"], { type: "language", fallback: "code" });

export function taxonomy(t: Db.Taxonomy): Json {
  return {
    id: taxonomyUuid(t.id),
    ...present({ ...texts({ name: t.name, description: t.description }), x_code: t.id }),
    name: dutch(t.name) ?? t.id,
    description: dutch(t.description) ?? "",
  };
}

export function taxonomyTerm(term: StoredTerm, lookup: Lookup): Json {
  const parent = term.parentCode === null ? undefined : lookup.terms.get(`${term.taxonomyId}:${term.parentCode}`);
  const vocabulary = lookup.taxonomies.get(term.taxonomyId);
  return {
    id: term.id,
    ...present({
      code: term.code,
      ...texts({ name: term.name, description: term.description }),
      parent_id: parent?.id,
      taxonomy: term.taxonomyId,
      taxonomy_id: taxonomyUuid(term.taxonomyId),
      taxonomy_detail: vocabulary && taxonomy(vocabulary),
    }),
    name: dutch(term.name) ?? term.code,
    description: dutch(term.description) ?? "",
  };
}

const phone = (p: Db.Phone, owner: Json): Json =>
  present({ id: p.id, ...owner, number: p.number, type: p.type ?? undefined, ...texts({ description: p.description }) });

/** The organisation's one-to-one fields (organization_list.json). */
export function organizationSummary(o: StoredOrganization): Json {
  return {
    ...present({
      id: o.id,
      name: o.name,
      alternate_name: o.alternateName,
      ...texts({ description: o.description }),
      email: o.email,
      website: o.website,
      legal_status: o.legalStatus,
      x_is_care_provider: o.isCareProvider,
      x_is_access_team: o.isAccessTeam,
    }),
    description: dutch(o.description) ?? "",
  };
}

export function organization(o: StoredOrganization): Json {
  return {
    ...organizationSummary(o),
    ...present({
      phones: o.phones.map((p) => phone(p, { organization_id: o.id })),
      organization_identifiers: o.identifiers.map((i) => ({
        id: i.id,
        organization_id: o.id,
        identifier_scheme: i.scheme,
        identifier_type: i.scheme,
        identifier: i.identifier,
      })),
    }),
  };
}

/** When the service or anything shown with it (organisation, places, supporters) last changed. */
export function lastModified(s: StoredService, lookup: Lookup): Date {
  const dates = [
    s.updatedAt,
    lookup.organizations.get(s.organizationId)?.updatedAt,
    ...s.serviceAtLocations.map((sal) => lookup.locations.get(sal.locationId)?.updatedAt),
    ...(lookup.supporters.get(s.id) ?? []).map((p) => p.updatedAt),
  ];
  return new Date(Math.max(...dates.filter((d): d is Date => d !== undefined).map((d) => d.getTime())));
}

/** The service's one-to-one fields and its organisation (service_list.json). */
export function serviceSummary(s: StoredService, lookup: Lookup): Json {
  const owner = lookup.organizations.get(s.organizationId);
  return present({
    id: s.id,
    organization_id: s.organizationId,
    ...texts({
      name: s.name,
      description: s.description,
      application_process: s.applicationProcess,
      fees_description: s.feesDescription,
      eligibility_description: s.eligibilityDescription,
    }),
    url: s.url,
    email: s.email,
    status: s.status === "temporarily_closed" ? "temporarily closed" : s.status,
    minimum_age: s.minimumAge,
    maximum_age: s.maximumAge,
    assured_date: day(s.assuredDate),
    last_modified: lastModified(s, lookup).toISOString(),
    organization: owner && organizationSummary(owner),
    x_handles_complex: s.handlesComplex,
    x_accepting_new_clients: s.acceptingNewClients,
    x_waiting_days: s.waitingDays,
    x_backup_service_id: s.backupServiceId,
  });
}

function attribute(serviceId: string, ref: string, lookup: Lookup): Json | undefined {
  const term = lookup.terms.get(ref);
  if (!term) return undefined;
  return {
    id: derivedId("attribute", serviceId, term.id),
    link_id: serviceId,
    link_type: "service",
    link_entity: "service",
    taxonomy_term_id: term.id,
    taxonomy_term: taxonomyTerm(term, lookup),
  };
}

function supporter(p: StoredSupporter, lookup: Lookup): Json {
  return present({
    id: p.id,
    display_name: p.displayName,
    ...texts({ bio: p.bio }),
    languages: p.languages,
    lived_experience: p.livedExperience.map((ref) => lookup.terms.get(ref)?.code ?? ref),
    gender: p.gender,
  });
}

/** Everything about one service (compiled/service.json). */
export function service(s: StoredService, lookup: Lookup): Json {
  const owner = lookup.organizations.get(s.organizationId);
  return present({
    ...serviceSummary(s, lookup),
    organization: owner && organization(owner),
    phones: s.phones.map((p) => phone(p, { service_id: s.id })),
    service_areas: s.areas.map((code) => {
      const municipality = lookup.municipalities.get(code);
      return present({ id: derivedId("service_area", s.id, code), service_id: s.id, name: municipality?.name, uri: municipality?.uri, x_municipality_code: code });
    }),
    languages: s.languages.map((code) => ({ id: derivedId("language", s.id, code), service_id: s.id, name: languageNames.of(code) ?? code, code })),
    attributes: s.attributes.map((ref) => attribute(s.id, ref, lookup)).filter((a) => a !== undefined),
    service_at_locations: s.serviceAtLocations.map((sal) => serviceAtLocation(sal, lookup)),
    x_supporters: (lookup.supporters.get(s.id) ?? []).map((p) => supporter(p, lookup)),
  });
}
