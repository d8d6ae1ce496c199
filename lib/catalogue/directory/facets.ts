import type { DirectoryFilters, FlagFilterKey, MultiFilterKey } from "./filters";
import { activeFilterKeys, withoutFilter } from "./filters";

/** The facts of a service the directory filters on. */
export type FacetFacts = {
  id: string;
  municipalities: readonly string[];
  kind: string | undefined;
  domains: readonly string[];
  targetGroups: readonly string[];
  languages: readonly string[];
  attending: readonly string[];
  minimumAge: number | null;
  maximumAge: number | null;
  independent: boolean;
  acceptingNewClients: boolean | null;
  temporarilyClosed: boolean;
};

type Key = MultiFilterKey | FlagFilterKey | "leeftijd" | "q";

function valuesFor(facts: FacetFacts, key: MultiFilterKey): readonly string[] {
  switch (key) {
    case "soort":
      return facts.kind === undefined ? [] : [facts.kind];
    case "domein":
      return facts.domains;
    case "doelgroep":
      // A service for everyone is also for each group.
      return facts.targetGroups.includes("everyone") ? ["*"] : facts.targetGroups;
    case "taal":
      return facts.languages;
    case "contact":
      return facts.attending;
  }
}

function passes(facts: FacetFacts, filters: DirectoryFilters, key: Key, textMatches: ReadonlySet<string> | undefined): boolean {
  switch (key) {
    case "q":
      return textMatches === undefined || textMatches.has(facts.id);
    case "leeftijd": {
      const age = filters.leeftijd;
      if (age === undefined) return true;
      return (facts.minimumAge === null || facts.minimumAge <= age) && (facts.maximumAge === null || age <= facts.maximumAge);
    }
    case "onafhankelijk":
      return !filters.onafhankelijk || facts.independent;
    case "nieuw":
      return !filters.nieuw || (facts.acceptingNewClients === true && !facts.temporarilyClosed);
    default: {
      const wanted = filters[key];
      if (wanted.length === 0) return true;
      const values = valuesFor(facts, key);
      return values.includes("*") || wanted.some((value) => values.includes(value));
    }
  }
}

const ALL_KEYS: readonly Key[] = ["q", "soort", "domein", "doelgroep", "taal", "contact", "leeftijd", "onafhankelijk", "nieuw"];

/** Services of the chosen municipality (all, when none is chosen). */
export function inMunicipality<T extends FacetFacts>(entries: readonly T[], municipality: string | undefined): T[] {
  return municipality === undefined ? [...entries] : entries.filter((entry) => entry.municipalities.includes(municipality));
}

/** Entries that pass every filter except those in `skip`. */
export function applyFilters<T extends FacetFacts>(
  entries: readonly T[],
  filters: DirectoryFilters,
  textMatches: ReadonlySet<string> | undefined,
  skip: readonly Key[] = [],
): T[] {
  const keys = ALL_KEYS.filter((key) => !skip.includes(key));
  return entries.filter((entry) => keys.every((key) => passes(entry, filters, key, textMatches)));
}

export type FacetCounts = Record<MultiFilterKey, Record<string, number>> & Record<FlagFilterKey, number>;

/**
 * For every option: how many results there would be with it chosen, given all other
 * filters (options of one filter add up: choosing two kinds shows both).
 */
export function facetCounts(
  entries: readonly FacetFacts[],
  filters: DirectoryFilters,
  textMatches: ReadonlySet<string> | undefined,
  options: Record<MultiFilterKey, readonly string[]>,
): FacetCounts {
  const counts = { onafhankelijk: 0, nieuw: 0 } as FacetCounts;
  for (const key of ["soort", "domein", "doelgroep", "taal", "contact"] as const) {
    const pool = applyFilters(entries, filters, textMatches, [key]);
    counts[key] = Object.fromEntries(
      options[key].map((option) => [option, pool.filter((entry) => passes(entry, { ...filters, [key]: [option] }, key, textMatches)).length]),
    );
  }
  for (const key of ["onafhankelijk", "nieuw"] as const) {
    counts[key] = applyFilters(entries, { ...filters, [key]: true }, textMatches).length;
  }
  return counts;
}

export type LoosenAdvice = { key: Key; results: number };

/** When nothing is found: which single filter to drop, and how many results that gives. */
export function loosenAdvice(entries: readonly FacetFacts[], filters: DirectoryFilters, textMatches: ReadonlySet<string> | undefined): LoosenAdvice[] {
  return activeFilterKeys(filters)
    .map((key) => ({ key, results: applyFilters(entries, withoutFilter(filters, key), key === "q" ? undefined : textMatches).length }))
    .filter((advice) => advice.results > 0)
    .sort((a, b) => b.results - a.results);
}
