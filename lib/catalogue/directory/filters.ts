import { z } from "zod";
import type { VocabularyGroup } from "../labels";
import { MAX_COMPARE, urlParams, valuesOf, type RawParams } from "../url-params";
import { toggledChoice, withCompare } from "./compare-query";

/**
 * The directory filters, as they live in the URL (see ../url-params.ts for each
 * parameter). One filter object for the resident directory, the staff lookup and the
 * leaflet. A value that does not fit is dropped and reported as a note, never an error:
 * an old or mistyped link still shows a useful page. The order (`sorteer`) and the
 * services chosen to compare (`vergelijk`) travel with the filters, so every link the
 * directory makes (pages, chips, advice) keeps them.
 */
const flag = urlParams.nieuw;

export const directoryFiltersSchema = z.object({
  gemeente: urlParams.gemeente.optional(),
  soort: z.array(urlParams.soort),
  domein: z.array(urlParams.domein),
  doelgroep: z.array(urlParams.doelgroep),
  taal: z.array(urlParams.taal),
  contact: z.array(urlParams.contact),
  leeftijd: urlParams.leeftijd.optional(),
  onafhankelijk: z.boolean(),
  nieuw: z.boolean(),
  q: urlParams.q.optional(),
  pagina: urlParams.pagina,
  sorteer: urlParams.sorteer,
  /** In the order chosen, at most MAX_COMPARE. */
  vergelijk: z.array(urlParams.vergelijk).max(MAX_COMPARE),
});

export type DirectoryFilters = z.infer<typeof directoryFiltersSchema>;
export type MultiFilterKey = "soort" | "domein" | "doelgroep" | "taal" | "contact";
export type FlagFilterKey = "onafhankelijk" | "nieuw";
export const MULTI_FILTER_KEYS: readonly MultiFilterKey[] = ["soort", "domein", "doelgroep", "taal", "contact"];
export const FLAG_FILTER_KEYS: readonly FlagFilterKey[] = ["onafhankelijk", "nieuw"];
/** The vocabulary (../labels.ts) that names each option of a filter. */
export const FILTER_VOCABULARY = { soort: "kind", domein: "domain", doelgroep: "targetGroup", taal: "language", contact: "attending" } as const satisfies Record<
  MultiFilterKey,
  VocabularyGroup
>;
const SINGLE_KEYS = ["gemeente", "leeftijd", "q", "pagina", "sorteer"] as const;

/** A value from the URL that was left out, to tell the visitor. */
export type FilterNote = { param: string; value: string };

export const emptyFilters: DirectoryFilters = {
  soort: [],
  domein: [],
  doelgroep: [],
  taal: [],
  contact: [],
  onafhankelijk: false,
  nieuw: false,
  pagina: 1,
  sorteer: "relevantie",
  vergelijk: [],
};

/** Reads filters from URLSearchParams or Next.js `searchParams`; never throws. */
export function parseDirectoryFilters(params: RawParams): { filters: DirectoryFilters; notes: FilterNote[] } {
  const notes: FilterNote[] = [];
  const filters: DirectoryFilters = structuredClone(emptyFilters);
  const accept = <T>(param: string, schema: z.ZodType<T>, raw: string): T | undefined => {
    if (raw.trim() === "") return undefined; // an empty field of a GET form means "no choice"
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    notes.push({ param, value: raw.slice(0, 60) });
    return undefined;
  };

  for (const key of MULTI_FILTER_KEYS) {
    const accepted = valuesOf(params, key)
      .flatMap((raw) => raw.split(","))
      .map((raw) => accept(key, urlParams[key] as z.ZodType<string>, raw))
      .filter((value): value is string => value !== undefined);
    (filters[key] as string[]) = [...new Set(accepted)].sort();
  }
  for (const key of FLAG_FILTER_KEYS) {
    filters[key] = valuesOf(params, key).some((raw) => accept(key, flag, raw) === true);
  }
  for (const key of SINGLE_KEYS) {
    const raw = valuesOf(params, key)[0];
    if (raw === undefined) continue;
    const value = accept(key, urlParams[key] as z.ZodType<unknown>, raw);
    if (value !== undefined) (filters as Record<string, unknown>)[key] = value;
  }
  for (const raw of valuesOf(params, "vergelijk")) {
    const id = accept("vergelijk", urlParams.vergelijk, raw);
    if (id === undefined || filters.vergelijk.includes(id)) continue;
    if (filters.vergelijk.length < MAX_COMPARE) filters.vergelijk.push(id);
    else notes.push({ param: "vergelijk", value: raw.slice(0, 60) });
  }
  return { filters, notes };
}

/** The filters as URL parameters, in a fixed order so equal filters give equal URLs. */
export function serializeDirectoryFilters(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.gemeente) params.set("gemeente", filters.gemeente);
  if (filters.q) params.set("q", filters.q);
  for (const key of MULTI_FILTER_KEYS) for (const value of [...filters[key]].sort()) params.append(key, value);
  if (filters.leeftijd !== undefined) params.set("leeftijd", String(filters.leeftijd));
  for (const key of FLAG_FILTER_KEYS) if (filters[key]) params.set(key, "1");
  if (filters.pagina > 1) params.set("pagina", String(filters.pagina));
  if (filters.sorteer !== emptyFilters.sorteer) params.set("sorteer", filters.sorteer);
  for (const id of filters.vergelijk) params.append("vergelijk", id);
  return params;
}

/** `?a=b…` or an empty string; the compare choice last (./compare-query.ts). */
export function directoryQuery(filters: DirectoryFilters): string {
  const query = serializeDirectoryFilters({ ...filters, vergelijk: [] }).toString();
  return withCompare(query === "" ? "" : `?${query}`, filters.vergelijk);
}

/** The same filters with one option switched on or off; back to page 1. */
export function toggleFilter(filters: DirectoryFilters, key: MultiFilterKey | FlagFilterKey, value?: string): DirectoryFilters {
  const next: DirectoryFilters = { ...filters, pagina: 1 };
  if (key === "onafhankelijk" || key === "nieuw") {
    next[key] = !filters[key];
    return next;
  }
  const current = filters[key] as string[];
  (next[key] as string[]) = value === undefined ? [] : current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return next;
}

/** The same filters without one of them (for "loosen this filter" advice). */
export function withoutFilter(filters: DirectoryFilters, key: keyof DirectoryFilters): DirectoryFilters {
  return { ...filters, [key]: structuredClone(emptyFilters)[key], pagina: 1 } as DirectoryFilters;
}

/** No filters at all; the municipality, the order and the compare choice stay. */
export function withoutAllFilters(filters: DirectoryFilters): DirectoryFilters {
  return { ...emptyFilters, gemeente: filters.gemeente, sorteer: filters.sorteer, vergelijk: filters.vergelijk };
}

/**
 * The same filters with a service added to or taken from the compare choice. The page
 * stays: choosing is not searching. A fourth choice is not added.
 */
export function toggleCompare(filters: DirectoryFilters, id: string): DirectoryFilters {
  const chosen = filters.vergelijk;
  return chosen.includes(id) || chosen.length < MAX_COMPARE ? { ...filters, vergelijk: toggledChoice(chosen, id) } : filters;
}

/** Filters that narrow the result (the municipality and the page are not among them). */
export function activeFilterKeys(filters: DirectoryFilters): Array<MultiFilterKey | FlagFilterKey | "leeftijd" | "q"> {
  const keys: Array<MultiFilterKey | FlagFilterKey | "leeftijd" | "q"> = [];
  if (filters.q) keys.push("q");
  for (const key of MULTI_FILTER_KEYS) if (filters[key].length > 0) keys.push(key);
  if (filters.leeftijd !== undefined) keys.push("leeftijd");
  for (const key of FLAG_FILTER_KEYS) if (filters[key]) keys.push(key);
  return keys;
}
