import "server-only";
import { getPrisma } from "@/lib/db/client";
import { searchLookup, type LookupResult } from "./lookup-query";
import type { LookupFilters } from "./lookup-filters";

export type { LookupResult } from "./lookup-query";

export async function lookupServices(filters: LookupFilters, locale: string): Promise<LookupResult> {
  return searchLookup(await getPrisma(), filters, locale);
}
