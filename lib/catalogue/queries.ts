import "server-only";
import type * as Db from "@/lib/generated/prisma/client";
import { parseId } from "./ids";
import { noteRevisionUnconfirmed, noteSnapshotLoaded } from "./freshness";
import { independence } from "./independence";
import type { CatalogueService, CatalogueSnapshot, CatalogueSupporter, PhoneRecord, PlaceAddress, ServiceRecord } from "./records";
import { loadStoredSnapshot } from "./interchange/export";
import type { StoredCatalogue } from "./interchange/stored";
import { publishedOnly } from "./published";
import { getCatalogueState, recentCatalogueRevision } from "./revision";
import { RevisionCache } from "./revision-cache";
import { refreshSearchIndex } from "./search-index";
import { toPrefixQuery } from "./search-text";
import { attendanceOf, type Attendance } from "./schedule";
import { isClientSupport, isVisibleStatus, VISIBLE_STATUS_SQL_VALUES, visibleServiceWhere, type Audience, type ServiceStatus } from "./visibility";
import { codesOf, kindOf, TAXONOMY } from "./vocabulary";

/**
 * The one reader of the catalogue's tables for everything that shows the catalogue:
 * every load is cached per catalogue revision (one tiny query, at most once a second, checks it),
 * returns plain records in every language and applies the one visibility rule
 * (./visibility.ts). Pages reach it through ./read.ts; per-page shapes are in ./shapes.
 */
type Client = Db.PrismaClient;

// Every service of a large catalogue (5,000 in bench/http.ts) stays in memory: a service page reads no table.
const RECORDS_KEPT = 10_000;
// On globalThis: Next.js may load this module more than once (instrumentation, which loads the
// catalogue at start, and the route bundles), and every copy must find the one catalogue in memory.
const shared = globalThis as unknown as {
  __portalCatalogueSnapshots?: RevisionCache<CatalogueSnapshot>;
  __portalServiceRecords?: RevisionCache<ServiceRecord | undefined>;
};
const snapshots = (shared.__portalCatalogueSnapshots ??= new RevisionCache<CatalogueSnapshot>(2));
const records = (shared.__portalServiceRecords ??= new RevisionCache<ServiceRecord | undefined>(RECORDS_KEPT));
const texts = new RevisionCache<Map<string, number>>(300);
// Per database client too: it is large, and tests open two databases that may share a revision number.
const published = new WeakMap<Client, RevisionCache<PublishedCatalogue>>();

/** The published catalogue with every field, for open data; `changedAt` is when the catalogue last changed. */
export type PublishedCatalogue = { revision: number; changedAt: Date; stored: StoredCatalogue };

const dateOnly = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
const terms = (attributes: ReadonlyArray<{ term: { taxonomyId: string; code: string } }>) => attributes.map((a) => a.term);
const schedule = {
  select: { freq: true, byday: true, opensAt: true, closesAt: true, validFrom: true, validTo: true, cancelledDates: true, description: true },
} as const;

const listSelect = {
  id: true,
  name: true,
  description: true,
  status: true,
  languages: true,
  minimumAge: true,
  maximumAge: true,
  acceptingNewClients: true,
  waitingDays: true,
  closedReason: true,
  reopensOn: true,
  handlesComplex: true,
  assuredDate: true,
  backupServiceId: true,
  organization: { select: { name: true, isCareProvider: true, isAccessTeam: true } },
  serviceAreas: { select: { municipalityCode: true }, orderBy: { position: "asc" } },
  attributes: { select: { term: { select: { taxonomyId: true, code: true } } }, orderBy: { position: "asc" } },
  supporters: {
    select: { id: true, displayName: true, languages: true, livedExperience: { select: { term: { select: { code: true } } }, orderBy: { position: "asc" } } },
    orderBy: { position: "asc" },
  },
  serviceAtLocations: {
    select: { location: { select: { name: true, address1: true, postalCode: true, city: true, locationType: true } }, schedules: { ...schedule, orderBy: { position: "asc" } } },
    orderBy: { position: "asc" },
  },
} as const satisfies Db.Prisma.ServiceSelect;

type ListRow = Db.Prisma.ServiceGetPayload<{ select: typeof listSelect }>;

/** Every language's text of a catalogue text value. */
const allTexts = (value: unknown): string[] =>
  typeof value === "object" && value !== null ? Object.values(value).filter((text): text is string => typeof text === "string") : [];

const addressOf = (l: { address1: string | null; postalCode: string | null; city: string | null }): PlaceAddress | undefined =>
  l.address1 ? { line: l.address1, postalCode: l.postalCode, city: l.city } : undefined;

type ScheduleRow = ListRow["serviceAtLocations"][number]["schedules"][number];

/** A stored schedule with the walk-in rule applied (schedule.ts). */
function attended<T extends ScheduleRow>(row: T, attending: readonly string[], locationType: string): T & { attendance: Attendance } {
  return { ...row, attendance: attendanceOf(allTexts(row.description), attending, locationType === "virtual") };
}

function toCatalogueService(row: ListRow): CatalogueService {
  const attributeTerms = terms(row.attributes);
  const organization = independence(row.organization);
  const attending = codesOf(attributeTerms, TAXONOMY.attending);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    status: row.status as ServiceStatus,
    organizationName: row.organization.name,
    independence: organization,
    independent: organization.independent,
    municipalities: row.serviceAreas.map((area) => area.municipalityCode),
    kind: kindOf(attributeTerms),
    domains: codesOf(attributeTerms, TAXONOMY.domain),
    targetGroups: codesOf(attributeTerms, TAXONOMY.targetGroup),
    attending,
    credentials: codesOf(attributeTerms, TAXONOMY.credential),
    // A language one supporter speaks is a language the service can be given in.
    languages: [...new Set([...row.languages, ...row.supporters.flatMap((s) => s.languages)])],
    serviceLanguages: row.languages,
    minimumAge: row.minimumAge,
    maximumAge: row.maximumAge,
    acceptingNewClients: row.acceptingNewClients,
    temporarilyClosed: row.status === "temporarily_closed",
    closedReason: row.status === "temporarily_closed" ? row.closedReason : null,
    reopensOn: row.status === "temporarily_closed" ? dateOnly(row.reopensOn) : null,
    waitingDays: row.waitingDays,
    handlesComplex: row.handlesComplex,
    assuredDate: dateOnly(row.assuredDate),
    backupServiceId: row.backupServiceId,
    schedules: row.serviceAtLocations.flatMap((sal) =>
      sal.schedules.map((s) => ({ ...attended(s, attending, sal.location.locationType), place: { name: sal.location.name, address: addressOf(sal.location) } })),
    ),
    supporters: row.supporters.map(toSupporter),
  };
}

function toSupporter(s: ListRow["supporters"][number]): CatalogueSupporter {
  return { id: s.id, displayName: s.displayName, languages: s.languages, livedExperience: s.livedExperience.map((l) => l.term.code) };
}

async function loadSnapshot(db: Client, revision: number): Promise<CatalogueSnapshot> {
  // A database filled before search documents existed (or by hand) gets them now, once.
  const unindexed = await db.$queryRaw<{ id: string }[]>`select "id"::text as id from "Service" where "searchNl" is null or "searchEn" is null`;
  if (unindexed.length > 0) await refreshSearchIndex(db, unindexed.map((row) => row.id));
  const [rows, municipalities, credentialTerms] = await Promise.all([
    db.service.findMany({ select: listSelect, orderBy: [{ position: "asc" }, { id: "asc" }] }),
    db.municipality.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.taxonomyTerm.findMany({ where: { taxonomyId: TAXONOMY.credential }, select: { taxonomyId: true, code: true, name: true } }),
  ]);
  const all = rows.map(toCatalogueService);
  const support = all.filter(isClientSupport);
  const services = support.filter((service) => isVisibleStatus(service.status));
  // Temporarily closed services stay visible, marked, after the open ones.
  services.sort((a, b) => Number(a.temporarilyClosed) - Number(b.temporarilyClosed));
  return {
    revision,
    services,
    unlisted: support.filter((service) => !isVisibleStatus(service.status)),
    accessTeam: all.filter((service) => !isClientSupport(service) && isVisibleStatus(service.status)),
    municipalities: municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      accessTeam:
        m.accessTeamName !== null || m.accessTeamPhone !== null || m.accessTeamWebsite !== null
          ? { name: m.accessTeamName, phone: m.accessTeamPhone, website: m.accessTeamWebsite, description: m.accessTeamDescription }
          : undefined,
    })),
    termNames: new Map(credentialTerms.map((t) => [`${t.taxonomyId}:${t.code}`, t.name])),
  };
}

/**
 * The revision to read at: the database's, asked at most once a second (./revision.ts:
 * a change of this process is seen at once, another server's within that second); while
 * the database cannot be reached, the one of the catalogue in memory, so resident pages
 * keep answering from it (./freshness.ts tells them how old it is). Entries cached for that revision are then returned as they
 * are; anything not in memory still needs the database and fails.
 */
async function readableRevision(db: Client): Promise<number> {
  try {
    return await recentCatalogueRevision(db);
  } catch (error) {
    const kept = noteRevisionUnconfirmed();
    if (kept === undefined) throw error;
    return kept;
  }
}

/** Every service (visible ones apart) and every municipality, in every language; cached per catalogue revision. */
export async function catalogueSnapshot(db: Client): Promise<CatalogueSnapshot> {
  const revision = await readableRevision(db);
  return snapshots.get("all", revision, async () => {
    const snapshot = await loadSnapshot(db, revision);
    noteSnapshotLoaded(revision);
    warmServiceRecords(db, snapshot);
    return snapshot;
  });
}

/** What open data publishes (./published.ts), read at one moment; cached per catalogue revision. */
export async function publishedCatalogue(db: Client): Promise<PublishedCatalogue> {
  const state = await getCatalogueState(db);
  const cache = published.get(db) ?? new RevisionCache<PublishedCatalogue>(1);
  published.set(db, cache);
  return cache.get("published", state.revision, async () => ({ ...state, stored: publishedOnly(await loadStoredSnapshot(db)) }));
}

const phones = { orderBy: { position: "asc" }, select: { number: true, type: true, description: true } } as const;

const recordSelect = {
  ...listSelect,
  applicationProcess: true,
  feesDescription: true,
  eligibilityDescription: true,
  url: true,
  email: true,
  phones,
  organization: {
    select: { id: true, name: true, website: true, email: true, isCareProvider: true, isAccessTeam: true, phones },
  },
  serviceAreas: { select: { municipalityCode: true, municipality: { select: { code: true, name: true } } }, orderBy: { position: "asc" } },
  attributes: { select: { term: { select: { taxonomyId: true, code: true, name: true } } }, orderBy: { position: "asc" } },
  serviceAtLocations: {
    orderBy: { position: "asc" },
    select: {
      description: true,
      location: { include: { accessibility: { orderBy: { position: "asc" } } } },
      schedules: { orderBy: { position: "asc" }, select: { ...schedule.select, description: true } },
    },
  },
  supporters: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      displayName: true,
      bio: true,
      languages: true,
      photo: true,
      gender: true,
      livedExperience: { select: { term: { select: { code: true } } }, orderBy: { position: "asc" } },
    },
  },
  backupService: { select: { id: true, name: true, status: true } },
} as const satisfies Db.Prisma.ServiceSelect;

type RecordRow = Db.Prisma.ServiceGetPayload<{ select: typeof recordSelect }>;

const toPhone = (p: { number: string; type: string | null; description: unknown }): PhoneRecord => ({ number: p.number, type: p.type, description: p.description });

function toServiceRecord(row: RecordRow): ServiceRecord {
  const record = toCatalogueService(row);
  return {
    ...record,
    applicationProcess: row.applicationProcess,
    fees: row.feesDescription,
    eligibility: row.eligibilityDescription,
    url: row.url,
    email: row.email,
    phones: row.phones.map(toPhone),
    organization: { id: row.organization.id, name: row.organization.name, website: row.organization.website, email: row.organization.email, phones: row.organization.phones.map(toPhone) },
    credentialNames: row.attributes.filter((a) => a.term.taxonomyId === TAXONOMY.credential).map((a) => a.term.name),
    municipalityNames: row.serviceAreas.map((area) => area.municipality),
    locations: row.serviceAtLocations.map((sal) => ({
      name: sal.location.name,
      virtual: sal.location.locationType === "virtual",
      url: sal.location.url,
      address: addressOf(sal.location),
      description: sal.location.description,
      serviceNote: sal.description,
      transportation: sal.location.transportation,
      accessibility: sal.location.accessibility.map((a) => a.description),
      schedules: sal.schedules.map((s) => attended(s, record.attending, sal.location.locationType)),
    })),
    supporters: row.supporters.map((p) => ({
      ...toSupporter(p),
      bio: p.bio,
      photo: p.photo === null ? null : p.photo.slice(p.photo.lastIndexOf("/") + 1),
      gender: p.gender,
    })),
    backup: row.backupService && row.backupService.status === "active" ? { id: row.backupService.id, name: row.backupService.name } : undefined,
  };
}

const visibleIds = new WeakMap<CatalogueSnapshot, Set<string>>();
/** Whether a service is shown at all: the snapshot lists every visible one (client support and access teams). */
function isVisibleService(snapshot: CatalogueSnapshot, id: string): boolean {
  let ids = visibleIds.get(snapshot);
  if (!ids) {
    ids = new Set([...snapshot.services, ...snapshot.accessTeam].map((service) => service.id));
    visibleIds.set(snapshot, ids);
  }
  return ids.has(id);
}

/** One visible service with everything about it, or undefined; cached per catalogue revision. */
export async function serviceRecord(db: Client, id: string): Promise<ServiceRecord | undefined> {
  const key = parseId(id);
  if (key === undefined) return undefined;
  // An unknown or hidden service is answered from memory, also while the database is unreachable;
  // a visible one is read at the snapshot's revision, so both come from one revision check.
  const snapshot = await catalogueSnapshot(db);
  if (!isVisibleService(snapshot, key)) return undefined;
  return records.get(key, snapshot.revision, async () => {
    const row = await db.service.findFirst({ where: { id: key, ...visibleServiceWhere }, select: recordSelect });
    return row && isVisibleStatus(row.status) ? toServiceRecord(row) : undefined;
  });
}

/**
 * After a new snapshot, every visible service's full record is read in one query (in the
 * background), so service pages and the leaflet can also be served from memory while the
 * database is unreachable. Catalogues larger than the record cache are left to load per page.
 */
function warmServiceRecords(db: Client, snapshot: CatalogueSnapshot): void {
  if (snapshot.services.length > RECORDS_KEPT) return;
  const revision = snapshot.revision;
  void db.service
    .findMany({ where: visibleServiceWhere, select: recordSelect })
    .then((rows) => {
      for (const row of rows) {
        if (isVisibleStatus(row.status)) void records.get(row.id, revision, () => Promise.resolve(toServiceRecord(row)));
      }
    })
    .catch(() => {
      // Only a head start: each page loads its record itself when this fails.
    });
}

/** Ids of services whose Dutch or English search document matches, with their rank: visible ones, or all for staff. */
export async function textMatches(db: Client, text: string, revision: number, audience: Audience = "residents"): Promise<Map<string, number> | undefined> {
  const query = toPrefixQuery(text);
  if (query === undefined) return undefined;
  const statuses = audience === "residents" ? VISIBLE_STATUS_SQL_VALUES : [...VISIBLE_STATUS_SQL_VALUES, "inactive", "defunct"];
  return texts.get(`${audience}:${query}`, revision, async () => {
    const rows = await db.$queryRaw<{ id: string; rank: number }[]>`
      select "id"::text as id,
        greatest(ts_rank("searchNl", to_tsquery('dutch', ${query})), ts_rank("searchEn", to_tsquery('english', ${query}))) as rank
      from "Service"
      where "status"::text = any(${statuses})
        and ("searchNl" @@ to_tsquery('dutch', ${query}) or "searchEn" @@ to_tsquery('english', ${query}))`;
    return new Map(rows.map((row) => [row.id, Number(row.rank)]));
  });
}

/** Where a visible supporter's photo is stored (inside DATA_DIR/uploads). */
export async function supporterPhotoPath(db: Client, serviceId: string, supporterId: string): Promise<string | undefined> {
  const [service, person] = [parseId(serviceId), parseId(supporterId)];
  if (service === undefined || person === undefined) return undefined;
  const supporter = await db.supporter.findFirst({
    where: { id: person, serviceId: service, service: visibleServiceWhere },
    select: { photo: true },
  });
  return supporter?.photo ?? undefined;
}
