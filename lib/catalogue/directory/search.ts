import "server-only";
import type * as Db from "@/lib/generated/prisma/client";
import { getCatalogueRevision } from "../revision";
import { RevisionCache } from "../revision-cache";
import { toPrefixQuery } from "../search-text";
import { directoryCatalogue, type DirectoryEntry, type Vocabulary } from "./entries";
import { applyFilters, facetCounts, inMunicipality, loosenAdvice, type FacetCounts, type LoosenAdvice } from "./facets";
import type { DirectoryFilters, MultiFilterKey } from "./filters";
import { ATTENDING_CODES, DOMAIN_CODES, KIND_CODES, TARGET_GROUP_CODES } from "./vocabulary";

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
  vocabulary: Vocabulary;
  revision: number;
};

const textCache = new RevisionCache<Map<string, number>>(300);

/** Ids of services whose Dutch or English search document matches, with their rank. */
async function textMatches(prisma: Db.PrismaClient, text: string, revision: number): Promise<Map<string, number> | undefined> {
  const query = toPrefixQuery(text);
  if (query === undefined) return undefined;
  return textCache.get(query, revision, async () => {
    const rows = await prisma.$queryRaw<{ id: string; rank: number }[]>`
      select "id"::text as id,
        greatest(ts_rank("searchNl", to_tsquery('dutch', ${query})), ts_rank("searchEn", to_tsquery('english', ${query}))) as rank
      from "Service"
      where "status" in ('active', 'temporarily closed')
        and ("searchNl" @@ to_tsquery('dutch', ${query}) or "searchEn" @@ to_tsquery('english', ${query}))`;
    return new Map(rows.map((row) => [row.id, Number(row.rank)]));
  });
}

/**
 * The directory: services that serve the chosen municipality and pass every filter, one
 * page of them, with per-option counts and, when nothing is found, which filter to loosen.
 * Free text is searched in the Dutch and English full-text documents, as prefixes.
 */
export async function searchServices(prisma: Db.PrismaClient, filters: DirectoryFilters, locale: string): Promise<DirectorySearch> {
  const revision = await getCatalogueRevision(prisma);
  // The catalogue first: loading it also repairs missing search documents (usually it is cached).
  const { entries, vocabulary } = await directoryCatalogue(prisma, locale, revision);
  const ranks = filters.q ? await textMatches(prisma, filters.q, revision) : undefined;
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
    const open = (entry: DirectoryEntry) => Number(entry.temporarilyClosed);
    matched = [...matched].sort((a, b) => open(a) - open(b) || (ranks.get(b.id) ?? 0) - (ranks.get(a.id) ?? 0));
  }
  const pageCount = Math.max(1, Math.ceil(matched.length / PAGE_SIZE));
  const page = Math.min(filters.pagina, pageCount);

  return {
    results: matched.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: matched.length,
    page,
    pageCount,
    counts: facetCounts(local, filters, text, options),
    options,
    advice: matched.length === 0 ? loosenAdvice(local, filters, text) : [],
    vocabulary,
    revision,
  };
}
