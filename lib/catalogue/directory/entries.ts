import "server-only";
import type * as Db from "@/lib/generated/prisma/client";
import { RevisionCache } from "../revision-cache";
import { refreshSearchIndex } from "../search-index";
import type { ScheduleInput } from "../schedule";
import { independence, kindOf, localise, type Independence, type Kind, type LocalisedText } from "../view";
import type { FacetFacts } from "./facets";

/** One service as the directory lists and filters it. */
export type DirectoryEntry = FacetFacts & {
  name: LocalisedText;
  description: LocalisedText | undefined;
  organisationName: string;
  kind: Kind | undefined;
  independence: Independence;
  credentials: string[];
  waitingDays: number | null;
  handlesComplex: boolean;
  /** YYYY-MM-DD: the day a person last checked the information. */
  assuredDate: string | null;
  schedules: ScheduleInput[];
};

/** Names of taxonomy terms in the visitor's language, keyed "taxonomy:code". */
export type Vocabulary = Map<string, LocalisedText>;

export type DirectoryCatalogue = { entries: DirectoryEntry[]; vocabulary: Vocabulary };

const cache = new RevisionCache<DirectoryCatalogue>(8);

const SHOWN = ["active", "temporarily_closed"] as const;

const codesOf = (attributes: Array<{ term: { taxonomyId: string; code: string } }>, taxonomy: string) =>
  attributes.filter((a) => a.term.taxonomyId === taxonomy).map((a) => a.term.code);

async function load(prisma: Db.PrismaClient, locale: string): Promise<DirectoryCatalogue> {
  // A database filled before search documents existed (or by hand) gets them now, once.
  const unindexed = await prisma.$queryRaw<{ id: string }[]>`select "id"::text as id from "Service" where "searchNl" is null or "searchEn" is null`;
  if (unindexed.length > 0) await refreshSearchIndex(prisma, unindexed.map((row) => row.id));
  const [services, terms] = await Promise.all([
    prisma.service.findMany({
      // Inactive and defunct services never reach a resident.
      where: { status: { in: [...SHOWN] } },
      select: {
        id: true,
        name: true,
        description: true,
        status: true,
        languages: true,
        minimumAge: true,
        maximumAge: true,
        acceptingNewClients: true,
        waitingDays: true,
        handlesComplex: true,
        assuredDate: true,
        organization: { select: { name: true, isCareProvider: true, isAccessTeam: true } },
        serviceAreas: { select: { municipalityCode: true } },
        attributes: { select: { term: { select: { taxonomyId: true, code: true } } }, orderBy: { position: "asc" } },
        supporters: { select: { languages: true } },
        serviceAtLocations: {
          select: { schedules: { select: { freq: true, byday: true, opensAt: true, closesAt: true, validFrom: true, validTo: true } } },
        },
      },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    }),
    prisma.taxonomyTerm.findMany({ select: { taxonomyId: true, code: true, name: true } }),
  ]);

  const vocabulary: Vocabulary = new Map();
  for (const term of terms) {
    const name = localise(term.name, locale);
    if (name) vocabulary.set(`${term.taxonomyId}:${term.code}`, name);
  }

  const entries: DirectoryEntry[] = [];
  for (const service of services) {
    const name = localise(service.name, locale);
    if (!name) continue; // the importer requires a Dutch name
    const terms = service.attributes.map((a) => a.term);
    entries.push({
      id: service.id,
      name,
      description: localise(service.description, locale),
      organisationName: service.organization.name,
      municipalities: service.serviceAreas.map((area) => area.municipalityCode),
      kind: kindOf(terms),
      domains: codesOf(service.attributes, "co-domain"),
      targetGroups: codesOf(service.attributes, "co-target-group"),
      attending: codesOf(service.attributes, "co-attending"),
      credentials: codesOf(service.attributes, "co-credential"),
      // A language one supporter speaks is a language the service can be given in.
      languages: [...new Set([...service.languages, ...service.supporters.flatMap((s) => s.languages)])],
      minimumAge: service.minimumAge,
      maximumAge: service.maximumAge,
      independence: independence(service.organization),
      independent: independence(service.organization).independent,
      acceptingNewClients: service.acceptingNewClients,
      temporarilyClosed: service.status === "temporarily_closed",
      waitingDays: service.waitingDays,
      handlesComplex: service.handlesComplex,
      assuredDate: service.assuredDate ? service.assuredDate.toISOString().slice(0, 10) : null,
      schedules: service.serviceAtLocations.flatMap((sal) => sal.schedules),
    });
  }
  // Temporarily closed services stay visible, marked, after the open ones.
  entries.sort((a, b) => Number(a.temporarilyClosed) - Number(b.temporarilyClosed));
  return { entries, vocabulary };
}

/** Every service a resident may see, in the visitor's language, cached per catalogue revision. */
export function directoryCatalogue(prisma: Db.PrismaClient, locale: string, revision: number): Promise<DirectoryCatalogue> {
  return cache.get(locale, revision, () => load(prisma, locale));
}
