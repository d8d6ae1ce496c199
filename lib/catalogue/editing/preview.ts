import { independence } from "../independence";
import { organizationColumns, locationColumns, phoneRows, serviceAtLocationRows, serviceColumns, accessibilityRows } from "../interchange/columns";
import { service as serviceSchema, type Location, type Organization } from "../interchange/schema";
import type { CatalogueService, PlaceAddress, ServiceRecord } from "../records";
import { attendanceOf } from "../schedule";
import type { ServiceStatus } from "../visibility";
import { codesOf, kindOf, TAXONOMY } from "../vocabulary";

/**
 * A service in the interchange form (a draft) as the record residents' pages are built
 * from (`ServiceRecord`, what lib/catalogue/queries.ts reads from the tables), so the
 * preview shows a draft through the very shapes and components of the service page and
 * the directory card. Pure: what the draft refers to (its organisation, places,
 * municipalities, term names, backup service) comes in `context`, published as it is.
 */
export type PreviewContext = {
  organizations: ReadonlyMap<string, Organization>;
  locations: ReadonlyMap<string, Location>;
  municipalityNames: ReadonlyMap<string, string>;
  /** Term names by reference `taxonomy:code`. */
  termNames: ReadonlyMap<string, unknown>;
  backup: { id: string; name: unknown; status: string } | undefined;
  /** The provider's closure words (portal-only, not in a draft), as published. */
  closure?: { reason: unknown; reopensOn: string | null };
};

const phonesOf = (phones: Organization["phones"]) => phoneRows(phones).map(({ number, type, description }) => ({ number, type, description }));
const dateOnly = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
const allTexts = (value: unknown): string[] => (value !== null && typeof value === "object" ? Object.values(value).filter((t): t is string => typeof t === "string") : []);
const addressOf = (l: { address1: string | null; postalCode: string | null; city: string | null }): PlaceAddress | undefined =>
  l.address1 ? { line: l.address1, postalCode: l.postalCode, city: l.city } : undefined;

/** The draft as a service record, or undefined when it is not a whole service (the schema refuses it). */
export function previewServiceRecord(draft: unknown, context: PreviewContext): ServiceRecord | undefined {
  const parsed = serviceSchema.safeParse(draft);
  if (!parsed.success) return undefined;
  const s = parsed.data;
  const columns = serviceColumns(s, 0);
  const org = context.organizations.get(s.organization_id);
  const orgColumns = org ? organizationColumns(org, 0) : { id: s.organization_id, name: "", website: null, email: null, isCareProvider: false, isAccessTeam: false };
  const terms = s.attributes.map((ref) => {
    const [taxonomyId, code] = ref.split(":") as [string, string];
    return { taxonomyId, code };
  });
  const attending = codesOf(terms, TAXONOMY.attending);
  const places = serviceAtLocationRows(s).map((sal) => {
    const location = context.locations.get(sal.locationId);
    const place = location ? locationColumns(location, 0) : undefined;
    const virtual = place?.locationType === "virtual";
    return {
      location,
      place,
      sal,
      schedules: sal.schedules.map((row) => ({ ...row, cancelledDates: [], attendance: attendanceOf(allTexts(row.description), attending, virtual) })),
    };
  });
  const status = columns.status as ServiceStatus;
  const supporters = (s.x_supporters ?? []).map((p) => ({
    id: p.id,
    displayName: p.display_name,
    languages: p.languages ?? [],
    livedExperience: (p.lived_experience ?? []).map((ref) => ref.slice(TAXONOMY.livedExperience.length + 1)),
    bio: p.bio ?? null,
    photo: null,
    gender: p.gender ?? null,
  }));
  const base: Omit<CatalogueService, "supporters"> = {
    id: s.id,
    name: columns.name,
    description: columns.description,
    status,
    organizationName: orgColumns.name,
    independence: independence(orgColumns),
    independent: independence(orgColumns).independent,
    municipalities: s.service_areas.map((area) => area.municipality),
    kind: kindOf(terms),
    domains: codesOf(terms, TAXONOMY.domain),
    targetGroups: codesOf(terms, TAXONOMY.targetGroup),
    attending,
    credentials: codesOf(terms, TAXONOMY.credential),
    languages: [...new Set([...columns.languages, ...supporters.flatMap((p) => p.languages)])],
    serviceLanguages: columns.languages,
    minimumAge: columns.minimumAge,
    maximumAge: columns.maximumAge,
    acceptingNewClients: columns.acceptingNewClients,
    temporarilyClosed: status === "temporarily_closed",
    closedReason: status === "temporarily_closed" ? (context.closure?.reason ?? null) : null,
    reopensOn: status === "temporarily_closed" ? (context.closure?.reopensOn ?? null) : null,
    waitingDays: columns.waitingDays,
    handlesComplex: columns.handlesComplex,
    assuredDate: dateOnly(columns.assuredDate),
    backupServiceId: columns.backupServiceId,
    schedules: places.flatMap(({ place, schedules }) => schedules.map((row) => ({ ...row, place: { name: place?.name ?? "", address: place ? addressOf(place) : undefined } }))),
  };
  return {
    ...base,
    applicationProcess: columns.applicationProcess,
    fees: columns.feesDescription,
    eligibility: columns.eligibilityDescription,
    url: columns.url,
    email: columns.email,
    phones: phonesOf(s.phones),
    organization: { id: orgColumns.id, name: orgColumns.name, website: orgColumns.website, email: orgColumns.email, phones: phonesOf(org?.phones) },
    credentialNames: s.attributes.filter((ref) => ref.startsWith(`${TAXONOMY.credential}:`)).map((ref) => context.termNames.get(ref) ?? { nl: ref.split(":")[1] }),
    municipalityNames: s.service_areas.map((area) => ({ code: area.municipality, name: context.municipalityNames.get(area.municipality) ?? area.municipality })),
    locations: places.map(({ location, place, sal, schedules }) => ({
      name: place?.name ?? "",
      virtual: place?.locationType === "virtual",
      url: place?.url ?? null,
      address: place ? addressOf(place) : undefined,
      description: place?.description ?? null,
      serviceNote: sal.description,
      transportation: place?.transportation ?? null,
      accessibility: location ? accessibilityRows(location).map((a) => a.description) : [],
      schedules,
    })),
    supporters,
    backup: context.backup && context.backup.status === "active" ? { id: context.backup.id, name: context.backup.name } : undefined,
  };
}

/** What a draft refers to, for `previewContext` to read. */
export function previewReferences(draft: unknown) {
  const parsed = serviceSchema.safeParse(draft);
  if (!parsed.success) return undefined;
  const s = parsed.data;
  return {
    serviceId: s.id,
    organizationId: s.organization_id,
    locationIds: [...new Set((s.service_at_locations ?? []).map((sal) => sal.location_id))],
    municipalityCodes: s.service_areas.map((area) => area.municipality),
    backupServiceId: s.x_backup_service_id,
  };
}
