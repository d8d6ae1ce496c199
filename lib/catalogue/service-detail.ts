import "server-only";
import type * as Db from "@/lib/generated/prisma/client";
import { getCatalogueRevision } from "./revision";
import { RevisionCache } from "./revision-cache";
import type { ScheduleInput } from "./schedule";
import { independence, kindOf, localise, type Independence, type Kind, type LocalisedText } from "./view";

type Text = LocalisedText | undefined;

export type ScheduleDetail = ScheduleInput & { description: Text };
export type LocationDetail = {
  name: string;
  virtual: boolean;
  url: string | null;
  address: { line: string; postalCode: string | null; city: string | null } | undefined;
  description: Text;
  serviceNote: Text;
  transportation: Text;
  accessibility: LocalisedText[];
  schedules: ScheduleDetail[];
};
export type SupporterDetail = {
  id: string;
  displayName: string;
  bio: Text;
  languages: string[];
  livedExperience: LocalisedText[];
  hasPhoto: boolean;
  gender: string | null;
};
export type PhoneDetail = { number: string; type: string | null; description: Text };

/** Everything a service page, the compare page and the leaflet show of one service. */
export type ServiceDetail = {
  id: string;
  name: LocalisedText;
  description: Text;
  applicationProcess: Text;
  fees: Text;
  eligibility: Text;
  minimumAge: number | null;
  maximumAge: number | null;
  temporarilyClosed: boolean;
  url: string | null;
  email: string | null;
  phones: PhoneDetail[];
  organisation: { name: string; website: string | null };
  kind: Kind | undefined;
  independence: Independence;
  /** Term names, in the catalogue's order. */
  domains: LocalisedText[];
  targetGroups: LocalisedText[];
  attending: Array<{ code: string; name: LocalisedText }>;
  credentials: LocalisedText[];
  languages: string[];
  handlesComplex: boolean;
  acceptingNewClients: boolean | null;
  waitingDays: number | null;
  assuredDate: string | null;
  municipalities: Array<{ code: string; name: string }>;
  locations: LocationDetail[];
  supporters: SupporterDetail[];
  backup: { id: string; name: LocalisedText } | undefined;
};

const cache = new RevisionCache<ServiceDetail | undefined>(1000);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const term = { select: { taxonomyId: true, code: true, name: true } } as const;

async function load(prisma: Db.PrismaClient, id: string, locale: string): Promise<ServiceDetail | undefined> {
  const s = await prisma.service.findFirst({
    where: { id, status: { in: ["active", "temporarily_closed"] } },
    include: {
      organization: { select: { name: true, website: true, isCareProvider: true, isAccessTeam: true } },
      phones: { orderBy: { position: "asc" } },
      serviceAreas: { orderBy: { position: "asc" }, include: { municipality: { select: { code: true, name: true } } } },
      attributes: { orderBy: { position: "asc" }, select: { term } },
      serviceAtLocations: {
        orderBy: { position: "asc" },
        include: {
          location: { include: { accessibility: { orderBy: { position: "asc" } } } },
          schedules: { orderBy: { position: "asc" } },
        },
      },
      supporters: {
        orderBy: { position: "asc" },
        include: { livedExperience: { orderBy: { position: "asc" }, select: { term } } },
      },
      backupService: { select: { id: true, name: true, status: true } },
    },
  });
  if (!s) return undefined;
  const name = localise(s.name, locale);
  if (!name) return undefined;
  const l = (value: unknown) => localise(value, locale);
  const names = (taxonomy: string) =>
    s.attributes.filter((a) => a.term.taxonomyId === taxonomy).flatMap((a) => l(a.term.name) ?? []);
  const backupName = s.backupService && s.backupService.status === "active" ? l(s.backupService.name) : undefined;

  return {
    id: s.id,
    name,
    description: l(s.description),
    applicationProcess: l(s.applicationProcess),
    fees: l(s.feesDescription),
    eligibility: l(s.eligibilityDescription),
    minimumAge: s.minimumAge,
    maximumAge: s.maximumAge,
    temporarilyClosed: s.status === "temporarily_closed",
    url: s.url,
    email: s.email,
    phones: s.phones.map((p) => ({ number: p.number, type: p.type, description: l(p.description) })),
    organisation: { name: s.organization.name, website: s.organization.website },
    kind: kindOf(s.attributes.map((a) => a.term)),
    independence: independence(s.organization),
    domains: names("co-domain"),
    targetGroups: names("co-target-group"),
    attending: s.attributes
      .filter((a) => a.term.taxonomyId === "co-attending")
      .flatMap((a) => {
        const text = l(a.term.name);
        return text ? [{ code: a.term.code, name: text }] : [];
      }),
    credentials: names("co-credential"),
    languages: s.languages,
    handlesComplex: s.handlesComplex,
    acceptingNewClients: s.acceptingNewClients,
    waitingDays: s.waitingDays,
    assuredDate: s.assuredDate ? s.assuredDate.toISOString().slice(0, 10) : null,
    municipalities: s.serviceAreas.map((area) => area.municipality),
    locations: s.serviceAtLocations.map((sal) => ({
      name: sal.location.name,
      virtual: sal.location.locationType === "virtual",
      url: sal.location.url,
      address: sal.location.address1
        ? { line: sal.location.address1, postalCode: sal.location.postalCode, city: sal.location.city }
        : undefined,
      description: l(sal.location.description),
      serviceNote: l(sal.description),
      transportation: l(sal.location.transportation),
      accessibility: sal.location.accessibility.flatMap((a) => l(a.description) ?? []),
      schedules: sal.schedules.map((schedule) => ({
        freq: schedule.freq,
        byday: schedule.byday,
        opensAt: schedule.opensAt,
        closesAt: schedule.closesAt,
        validFrom: schedule.validFrom,
        validTo: schedule.validTo,
        description: l(schedule.description),
      })),
    })),
    supporters: s.supporters.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      bio: l(p.bio),
      languages: p.languages,
      livedExperience: p.livedExperience.flatMap((x) => l(x.term.name) ?? []),
      hasPhoto: p.photo !== null,
      gender: p.gender,
    })),
    backup: s.backupService && backupName ? { id: s.backupService.id, name: backupName } : undefined,
  };
}

/** A service a resident may see (active or temporarily closed), or undefined. Cached per catalogue revision. */
export async function getServiceDetail(prisma: Db.PrismaClient, id: string, locale: string): Promise<ServiceDetail | undefined> {
  if (!UUID.test(id)) return undefined;
  const revision = await getCatalogueRevision(prisma);
  return cache.get(`${locale}:${id.toLowerCase()}`, revision, () => load(prisma, id.toLowerCase(), locale));
}

/** Where a supporter's photo is stored (inside DATA_DIR/uploads), if the supporter is visible. */
export async function supporterPhotoPath(prisma: Db.PrismaClient, serviceId: string, supporterId: string): Promise<string | undefined> {
  if (!UUID.test(serviceId) || !UUID.test(supporterId)) return undefined;
  const supporter = await prisma.supporter.findFirst({
    where: { id: supporterId, serviceId, service: { status: { in: ["active", "temporarily_closed"] } } },
    select: { photo: true },
  });
  return supporter?.photo ?? undefined;
}
