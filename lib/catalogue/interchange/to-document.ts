import type * as Db from "@/lib/generated/prisma/client";
import type * as Doc from "./schema";
import type { StoredLocation, StoredOrganization, StoredService, StoredSupporter, StoredTerm } from "./stored";

/**
 * Stored rows as document records: the inverse of columns.ts. Optional fields
 * that are empty are left out (the format never writes null), keys follow the
 * order of PROFILE.md so an exported file reads like the sample.
 */
type Json = Db.Prisma.JsonValue;

const opt = <T>(value: T | null): T | undefined => (value === null ? undefined : value);
const list = <T>(items: T[]): T[] | undefined => (items.length === 0 ? undefined : items);
const day = (value: Date | null) => (value === null ? undefined : value.toISOString().slice(0, 10));

/** Dutch first, then the other locales alphabetically (PostgreSQL's jsonb does not keep key order). */
export function localised(value: Json | null): Doc.LocalisedText | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const text = value as Record<string, string>;
  const others = Object.keys(text).filter((k) => k !== "nl").sort();
  return Object.fromEntries([["nl", text.nl ?? ""], ...others.map((k) => [k, text[k] ?? ""])]) as Doc.LocalisedText;
}
const required = (value: Json): Doc.LocalisedText => localised(value) ?? { nl: "" };

export const municipalityRecord = (m: Db.Municipality): Doc.Municipality => ({
  code: m.code,
  name: m.name,
  uri: opt(m.uri),
  access_team:
    m.accessTeamName === null
      ? undefined
      : {
          name: required(m.accessTeamName),
          phone: opt(m.accessTeamPhone),
          website: opt(m.accessTeamWebsite),
          description: localised(m.accessTeamDescription),
        },
});

export const taxonomyRecord = (t: Db.Taxonomy, terms: StoredTerm[]): Doc.Taxonomy => ({
  id: t.id,
  name: required(t.name),
  description: localised(t.description),
  terms: terms.map((term) => ({
    code: term.code,
    name: required(term.name),
    description: localised(term.description),
    parent: opt(term.parentCode),
  })),
});

const phones = (rows: Db.Phone[]): Doc.Phone[] | undefined =>
  list(rows.map((p) => ({ number: p.number, type: opt(p.type), description: localised(p.description) })));

export const organizationRecord = (o: StoredOrganization): Doc.Organization => ({
  id: o.id,
  name: o.name,
  alternate_name: opt(o.alternateName),
  description: localised(o.description),
  email: opt(o.email),
  website: opt(o.website),
  legal_status: opt(o.legalStatus),
  identifiers: list(o.identifiers.map((i) => ({ identifier_scheme: i.scheme, identifier: i.identifier }))),
  phones: phones(o.phones),
  x_is_care_provider: o.isCareProvider,
  x_is_access_team: o.isAccessTeam,
});

export const locationRecord = (l: StoredLocation): Doc.Location => ({
  id: l.id,
  name: l.name,
  location_type: l.locationType,
  url: opt(l.url),
  description: localised(l.description),
  address:
    l.address1 === null || l.city === null
      ? undefined
      : {
          address_1: l.address1,
          address_2: opt(l.address2),
          city: l.city,
          postal_code: opt(l.postalCode),
          country: opt(l.country),
        },
  latitude: opt(l.latitude),
  longitude: opt(l.longitude),
  transportation: localised(l.transportation),
  accessibility: list(l.accessibility.map((a) => ({ description: required(a.description) }))),
});

export const supporterRecord = (p: StoredSupporter, photo: string | undefined): Doc.Supporter => ({
  id: p.id,
  display_name: p.displayName,
  bio: localised(p.bio),
  languages: list(p.languages),
  lived_experience: list(p.livedExperience),
  photo,
  gender: opt(p.gender),
});

export const serviceRecord = (s: StoredService, supporters: Doc.Supporter[]): Doc.Service => ({
  id: s.id,
  organization_id: s.organizationId,
  name: required(s.name),
  description: localised(s.description),
  status: s.status === "temporarily_closed" ? "temporarily closed" : s.status,
  url: opt(s.url),
  email: opt(s.email),
  phones: phones(s.phones),
  application_process: localised(s.applicationProcess),
  fees_description: localised(s.feesDescription),
  eligibility_description: localised(s.eligibilityDescription),
  minimum_age: opt(s.minimumAge),
  maximum_age: opt(s.maximumAge),
  assured_date: day(s.assuredDate),
  assurer_email: opt(s.assurerEmail),
  service_areas: s.areas.map((municipality) => ({ municipality })),
  languages: list(s.languages),
  attributes: s.attributes,
  service_at_locations: list(
    s.serviceAtLocations.map((sal) => ({
      location_id: sal.locationId,
      description: localised(sal.description),
      schedules: list(
        sal.schedules.map((sc) => ({
          freq: opt(sc.freq),
          byday: opt(sc.byday),
          opens_at: opt(sc.opensAt),
          closes_at: opt(sc.closesAt),
          valid_from: day(sc.validFrom),
          valid_to: day(sc.validTo),
          description: localised(sc.description),
          notes: opt(sc.notes),
        })),
      ),
    })),
  ),
  x_handles_complex: s.handlesComplex,
  x_accepting_new_clients: opt(s.acceptingNewClients),
  x_waiting_days: opt(s.waitingDays),
  x_backup_service_id: opt(s.backupServiceId),
  x_supporters: list(supporters),
});
