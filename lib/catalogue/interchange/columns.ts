import type { ServiceStatus } from "@/lib/generated/prisma/client";
import type * as Doc from "./schema";

/**
 * Document records as database columns. Every column is present (null when the
 * document leaves it out) so that comparing with a stored row sees removals too.
 * Child rows carry no id or parent key: they are compared by content and order.
 */
const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
const day = (value: string | undefined) => (value === undefined ? null : new Date(`${value}T00:00:00.000Z`));

export const statusToDb = (status: Doc.Service["status"]): ServiceStatus =>
  status === "temporarily closed" ? "temporarily_closed" : status;

export const municipalityColumns = (m: Doc.Municipality, position: number) => ({
  code: m.code,
  name: m.name,
  uri: orNull(m.uri),
  accessTeamName: orNull(m.access_team?.name),
  accessTeamPhone: orNull(m.access_team?.phone),
  accessTeamWebsite: orNull(m.access_team?.website),
  accessTeamDescription: orNull(m.access_team?.description),
  position,
});

export const taxonomyColumns = (t: Doc.Taxonomy, position: number) => ({
  id: t.id,
  name: t.name,
  description: orNull(t.description),
  position,
});

export const termColumns = (taxonomyId: string, t: Doc.TaxonomyTerm, position: number) => ({
  taxonomyId,
  code: t.code,
  name: t.name,
  description: orNull(t.description),
  parentCode: orNull(t.parent),
  position,
});

export const organizationColumns = (o: Doc.Organization, position: number) => ({
  id: o.id,
  name: o.name,
  alternateName: orNull(o.alternate_name),
  description: orNull(o.description),
  email: orNull(o.email),
  website: orNull(o.website),
  legalStatus: orNull(o.legal_status),
  isCareProvider: o.x_is_care_provider,
  isAccessTeam: o.x_is_access_team,
  position,
});

export const phoneRows = (phones: Doc.Phone[] | undefined) =>
  (phones ?? []).map((p, position) => ({
    number: p.number,
    type: orNull(p.type),
    description: orNull(p.description),
    position,
  }));

export const identifierRows = (o: Doc.Organization) =>
  (o.identifiers ?? []).map((i, position) => ({ scheme: i.identifier_scheme, identifier: i.identifier, position }));

export const locationColumns = (l: Doc.Location, position: number) => ({
  id: l.id,
  name: l.name,
  locationType: l.location_type,
  url: orNull(l.url),
  description: orNull(l.description),
  address1: orNull(l.address?.address_1),
  address2: orNull(l.address?.address_2),
  city: orNull(l.address?.city),
  postalCode: orNull(l.address?.postal_code),
  country: orNull(l.address?.country),
  latitude: orNull(l.latitude),
  longitude: orNull(l.longitude),
  transportation: orNull(l.transportation),
  position,
});

export const accessibilityRows = (l: Doc.Location) =>
  (l.accessibility ?? []).map((a, position) => ({ description: a.description, position }));

export const serviceColumns = (s: Doc.Service, position: number) => ({
  id: s.id,
  organizationId: s.organization_id,
  name: s.name,
  description: orNull(s.description),
  status: statusToDb(s.status),
  url: orNull(s.url),
  email: orNull(s.email),
  applicationProcess: orNull(s.application_process),
  feesDescription: orNull(s.fees_description),
  eligibilityDescription: orNull(s.eligibility_description),
  minimumAge: orNull(s.minimum_age),
  maximumAge: orNull(s.maximum_age),
  assuredDate: day(s.assured_date),
  assurerEmail: orNull(s.assurer_email),
  languages: s.languages ?? [],
  handlesComplex: s.x_handles_complex,
  acceptingNewClients: orNull(s.x_accepting_new_clients),
  waitingDays: orNull(s.x_waiting_days),
  backupServiceId: orNull(s.x_backup_service_id),
  position,
});

export const serviceAtLocationRows = (s: Doc.Service) =>
  (s.service_at_locations ?? []).map((sal, position) => ({
    locationId: sal.location_id,
    description: orNull(sal.description),
    position,
    schedules: (sal.schedules ?? []).map((sc, index) => ({
      freq: orNull(sc.freq),
      byday: orNull(sc.byday),
      opensAt: orNull(sc.opens_at),
      closesAt: orNull(sc.closes_at),
      validFrom: day(sc.valid_from),
      validTo: day(sc.valid_to),
      description: orNull(sc.description),
      notes: orNull(sc.notes),
      position: index,
    })),
  }));

/** `photo` is the stored name inside the uploads folder (see photos.ts), not the document's path. */
export const supporterColumns = (p: Doc.Supporter, serviceId: string, photo: string | null, position: number) => ({
  id: p.id,
  serviceId,
  displayName: p.display_name,
  bio: orNull(p.bio),
  languages: p.languages ?? [],
  photo,
  gender: orNull(p.gender),
  position,
});
