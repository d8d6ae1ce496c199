/**
 * The compare choice in a directory address: `vergelijk` comes last, after every other
 * filter (filters.ts), so a result card can add or take away its own service from the
 * shared query of the page's other filters. Imports nothing: the result cards run it in
 * the browser too, and twenty full links need not travel in the page's RSC payload.
 */
export function withCompare(otherFilters: string, chosen: readonly string[]): string {
  const compare = chosen.map((id) => `vergelijk=${encodeURIComponent(id)}`).join("&");
  if (compare === "") return otherFilters;
  return otherFilters === "" ? `?${compare}` : `${otherFilters}&${compare}`;
}

/** The compare choice with `id` taken away when chosen, else added (the caller decides whether there is room). */
export function toggledChoice(chosen: readonly string[], id: string): string[] {
  return chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id];
}
