import type * as Db from "@/lib/generated/prisma/client";
import { vocabularyLabel } from "./labels";
import { compoundHeads, foldForSearch } from "./search-text";

type Client = Db.Prisma.TransactionClient | Db.PrismaClient;
type Localised = unknown;

/** What a service's search documents are made of. */
export type SearchSource = {
  names: Localised[];
  organizationName: string;
  texts: Localised[];
  supporterNames: string[];
  languages: string[];
  termNames: Localised[];
};

export type SearchDocument = { title: string; body: string };

const INDEX_LOCALES = ["nl", "en"];

function allTexts(value: Localised): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.values(value as Record<string, unknown>).filter((text): text is string => typeof text === "string");
}

/**
 * The text a service is found by: its name (weighted highest), then who offers it, the
 * supporters' names, language names in Dutch and English ("Turks", "Turkish"), lived
 * experience and domain names, descriptions and bios, in every language the catalogue
 * gives. The same text goes into the Dutch and the English document; each is stemmed
 * by its own dictionary.
 */
export function searchDocument(source: SearchSource): SearchDocument {
  const languageNames = [...new Set(source.languages)].flatMap((code) => INDEX_LOCALES.map((locale) => vocabularyLabel(locale, "language", code)));
  const title = source.names.flatMap(allTexts).join(" ");
  const body = [
    source.organizationName,
    ...source.supporterNames,
    ...languageNames,
    ...source.termNames.flatMap(allTexts),
    ...source.texts.flatMap(allTexts),
  ].join(" \n");
  const folded = { title: foldForSearch(title), body: foldForSearch(body) };
  return { title: folded.title, body: [folded.body, ...compoundHeads(`${folded.title} ${folded.body}`)].join(" ") };
}

const INDEXED_TAXONOMIES = ["co-kind", "co-domain", "co-target-group", "co-lived-experience"];

/** Services per statement: the whole catalogue at once would hold every text in memory twice. */
const PAGE = 500;

const indexSelect = {
  id: true,
  name: true,
  description: true,
  eligibilityDescription: true,
  languages: true,
  organization: { select: { name: true, alternateName: true } },
  attributes: { where: { term: { taxonomyId: { in: INDEXED_TAXONOMIES } } }, select: { term: { select: { name: true } } } },
  supporters: {
    select: {
      displayName: true,
      bio: true,
      languages: true,
      livedExperience: { select: { term: { select: { name: true } } } },
    },
  },
} as const;

/**
 * Rebuilds the search documents of all services (or those given), a page of services
 * per statement. Run inside the transaction that changed the catalogue, so search never
 * lags behind it. Returns the number of services indexed.
 */
export async function refreshSearchIndex(db: Client, serviceIds?: readonly string[]): Promise<number> {
  let indexed = 0;
  for (let after: string | undefined; ; ) {
    const services = await db.service.findMany({
      // One condition on `id`: two spread objects with that key would keep only the last (every service after `after`).
      where: { id: { ...(serviceIds ? { in: [...serviceIds] } : {}), ...(after ? { gt: after } : {}) } },
      orderBy: { id: "asc" },
      take: PAGE,
      select: indexSelect,
    });
    if (services.length === 0) return indexed;
    indexed += await writeSearchDocuments(db, services);
    after = services.at(-1)!.id;
  }
}

type IndexedService = Db.Prisma.ServiceGetPayload<{ select: typeof indexSelect }>;

async function writeSearchDocuments(db: Client, services: IndexedService[]): Promise<number> {
  const ids: string[] = [];
  const titles: string[] = [];
  const bodies: string[] = [];
  for (const service of services) {
    const document = searchDocument({
      names: [service.name],
      organizationName: [service.organization.name, service.organization.alternateName ?? ""].join(" "),
      texts: [service.description, service.eligibilityDescription, ...service.supporters.map((s) => s.bio)],
      supporterNames: service.supporters.map((s) => s.displayName),
      languages: [...service.languages, ...service.supporters.flatMap((s) => s.languages)],
      termNames: [
        ...service.attributes.map((a) => a.term.name),
        ...service.supporters.flatMap((s) => s.livedExperience.map((l) => l.term.name)),
      ],
    });
    ids.push(service.id);
    titles.push(document.title);
    bodies.push(document.body);
  }

  return db.$executeRaw`
    update "Service" as s set
      "searchNl" = setweight(to_tsvector('dutch', d.title), 'A') || to_tsvector('dutch', d.body),
      "searchEn" = setweight(to_tsvector('english', d.title), 'A') || to_tsvector('english', d.body)
    from unnest(${ids}::uuid[], ${titles}::text[], ${bodies}::text[]) as d(id, title, body)
    where s."id" = d.id`;
}
