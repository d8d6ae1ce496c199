import "server-only";
import type * as Db from "@/lib/generated/prisma/client";
import type { DirectoryFilters } from "./directory/filters";
import { searchServices } from "./directory/search";
import { internalNotesFor } from "./internal-notes";
import { toLookupItem, type LookupItem } from "./shapes/lookup-item";

/**
 * The staff lookup is the resident directory with the same filters and the same
 * full-text search, plus what only professionals see (internal notes, direct lines, and
 * inactive services marked as such: ./visibility.ts), on one longer page.
 */
export const LOOKUP_LIMIT = 50;
export type LookupResult = { items: LookupItem[]; total: number };

export async function searchLookup(db: Db.PrismaClient, filters: DirectoryFilters, locale: string): Promise<LookupResult> {
  const search = await searchServices(db, { ...filters, pagina: 1 }, locale, { pageSize: LOOKUP_LIMIT, audience: "staff" });
  const notes = await internalNotesFor(db, search.results.map((entry) => entry.id));
  return { items: search.results.map((entry) => toLookupItem(entry, notes.get(entry.id), locale)), total: search.total };
}
