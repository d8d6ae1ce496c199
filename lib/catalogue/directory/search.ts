import "server-only";
import type * as Db from "@/lib/generated/prisma/client";
import { catalogueSnapshot, textMatches } from "../queries";
import type { CatalogueSnapshot } from "../records";
import { RevisionCache } from "../revision-cache";
import { toDirectoryEntry, type DirectoryEntry } from "../shapes/directory-entry";
import type { Audience } from "../visibility";
import { ATTENDING_CODES, DOMAIN_CODES, KIND_CODES, TARGET_GROUP_CODES } from "../vocabulary";
import { applyFilters, facetCounts, inMunicipality, loosenAdvice, type FacetCounts, type LoosenAdvice } from "./facets";
import { serializeDirectoryFilters, type DirectoryFilters, type MultiFilterKey } from "./filters";
import { sortEntries } from "./sort";

export const PAGE_SIZE = 20;

export type DirectorySearch = {
  results: DirectoryEntry[];
  total: number;
  page: number;
  pageCount: number;
  counts: FacetCounts;
  /** Options offered per filter: the standard codes, and the languages the municipality's services offer. */
  options: Record<MultiFilterKey, string[]>;
  advice: LoosenAdvice[];
  /** The services chosen to compare that still exist, in the order chosen (whatever the filters). */
  compared: DirectoryEntry[];
  revision: number;
};

const entriesByLocale = new RevisionCache<DirectoryEntry[]>(8);

/** The services an audience sees (./visibility.ts) in the visitor's language, in the directory's order; cached per revision. */
export function directoryEntries(snapshot: CatalogueSnapshot, locale: string, audience: Audience = "residents"): Promise<DirectoryEntry[]> {
  const services = audience === "residents" ? snapshot.services : [...snapshot.services, ...snapshot.unlisted];
  return entriesByLocale.get(`${audience}:${locale}`, snapshot.revision, async () => services.flatMap((service) => toDirectoryEntry(service, locale) ?? []));
}

export type SearchOptions = { pageSize?: number; audience?: Audience; now?: Date };

/**
 * The directory and the staff lookup: services that serve the chosen municipality and
 * pass every filter, one page of them, with per-option counts and, when nothing is found,
 * which filter to loosen. Free text is searched in the Dutch and English full-text
 * documents, as prefixes. The order asked for (`sorteer`) comes last, so it keeps the
 * relevance order among equals.
 */
export async function searchServices(
  db: Db.PrismaClient,
  filters: DirectoryFilters,
  locale: string,
  { pageSize = PAGE_SIZE, audience = "residents", now = new Date() }: SearchOptions = {},
): Promise<DirectorySearch> {
  // The catalogue first: loading it also repairs missing search documents (usually it is cached).
  const snapshot = await catalogueSnapshot(db);
  const entries = await directoryEntries(snapshot, locale, audience);
  const found = await matches.get(matchKey(filters, locale, audience, now), snapshot.revision, () => match(db, snapshot, entries, filters, audience, now));
  const pageCount = Math.max(1, Math.ceil(found.matched.length / pageSize));
  const page = Math.min(filters.pagina, pageCount);
  const byId = await entriesById.get(`${audience}:${locale}`, snapshot.revision, async () => new Map(entries.map((entry) => [entry.id, entry])));

  return {
    results: found.matched.slice((page - 1) * pageSize, page * pageSize),
    total: found.matched.length,
    page,
    pageCount,
    counts: found.counts,
    options: found.options,
    advice: found.advice,
    compared: filters.vergelijk.flatMap((id) => byId.get(id) ?? []),
    revision: snapshot.revision,
  };
}

type Match = { matched: DirectoryEntry[]; counts: FacetCounts; options: Record<MultiFilterKey, string[]>; advice: LoosenAdvice[] };

/**
 * Everything about a filter combination that does not depend on the page: the ordered
 * matches, the counts, the options and the advice. It costs a pass over every service per
 * option, so it is done once per catalogue revision, locale and combination (a bounded
 * LRU: a burst of visitors paging through one search reuses it).
 */
const matches = new RevisionCache<Match>(200);
const entriesById = new RevisionCache<Map<string, DirectoryEntry>>(8);

/** The cache key: the filters in their one serialised form, without the page and the compare choice. */
export function matchKey(filters: DirectoryFilters, locale: string, audience: Audience, now: Date): string {
  const query = serializeDirectoryFilters({ ...filters, pagina: 1, vergelijk: [] }).toString();
  // The soonest walk-in depends on the time: that order is kept for one minute.
  const moment = filters.sorteer === "inloop" ? `@${Math.floor(now.getTime() / 60_000)}` : "";
  return `${audience}:${locale}:${query}${moment}`;
}

async function match(
  db: Db.PrismaClient,
  snapshot: CatalogueSnapshot,
  entries: DirectoryEntry[],
  filters: DirectoryFilters,
  audience: Audience,
  now: Date,
): Promise<Match> {
  const ranks = filters.q ? await textMatches(db, filters.q, snapshot.revision, audience) : undefined;
  const text = ranks === undefined ? undefined : new Set(ranks.keys());
  const local = inMunicipality(entries, filters.gemeente);

  const options: Record<MultiFilterKey, string[]> = {
    soort: [...KIND_CODES],
    domein: [...DOMAIN_CODES],
    doelgroep: [...TARGET_GROUP_CODES],
    taal: [...new Set(local.flatMap((entry) => entry.languages))].sort((a, b) => (a === "nl" ? -1 : b === "nl" ? 1 : a.localeCompare(b))),
    contact: [...ATTENDING_CODES],
  };
  // A language asked for in the URL stays on offer, so it can be switched off again.
  for (const code of filters.taal) if (!options.taal.includes(code)) options.taal.push(code);

  let matched = applyFilters(local, filters, text);
  if (ranks !== undefined) {
    const open = (entry: DirectoryEntry) => (entry.status === "active" ? 0 : entry.temporarilyClosed ? 1 : 2);
    matched = [...matched].sort((a, b) => open(a) - open(b) || (ranks.get(b.id) ?? 0) - (ranks.get(a.id) ?? 0));
  }
  matched = sortEntries(matched, filters.sorteer, now);
  return {
    matched,
    counts: facetCounts(local, filters, text, options),
    options,
    advice: matched.length === 0 ? loosenAdvice(local, filters, text) : [],
  };
}
