import { FLAG_FILTER_KEYS, MULTI_FILTER_KEYS, toggleFilter, withoutFilter, type DirectoryFilters, type FlagFilterKey, type MultiFilterKey } from "./filters";

/**
 * One chosen filter value, shown as a removable chip above the results. A filter with
 * several values (two kinds) gives a chip per value, so each can go on its own.
 */
export type FilterChip = { key: MultiFilterKey; value: string } | { key: "q" | "leeftijd" | FlagFilterKey; value: string | undefined };

/** The chips in the order the filter form shows its fields. */
export function filterChips(filters: DirectoryFilters): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.q) chips.push({ key: "q", value: filters.q });
  for (const key of MULTI_FILTER_KEYS) for (const value of filters[key]) chips.push({ key, value });
  if (filters.leeftijd !== undefined) chips.push({ key: "leeftijd", value: String(filters.leeftijd) });
  for (const key of FLAG_FILTER_KEYS) if (filters[key]) chips.push({ key, value: undefined });
  return chips;
}

/** The same filters without that one value, back on page 1; the order and the compare choice stay. */
export function withoutChip(filters: DirectoryFilters, chip: FilterChip): DirectoryFilters {
  if (chip.key === "q" || chip.key === "leeftijd" || chip.key === "onafhankelijk" || chip.key === "nieuw") return withoutFilter(filters, chip.key);
  return (filters[chip.key] as string[]).includes(chip.value as string) ? toggleFilter(filters, chip.key, chip.value) : { ...filters, pagina: 1 };
}
