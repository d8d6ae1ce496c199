import { describe, expect, it } from "vitest";
import { filterChips, withoutChip } from "./chips";
import { directoryQuery, emptyFilters, parseDirectoryFilters, withoutAllFilters } from "./filters";

const ID = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";
const parse = (query: string) => parseDirectoryFilters(new URLSearchParams(query)).filters;

describe("filter chips", () => {
  const filters = parse(`gemeente=GM0344&q=geld&soort=volunteer&soort=formal&leeftijd=40&nieuw=1&pagina=3&sorteer=inloop&vergelijk=${ID}`);

  it("gives one chip per chosen value; the municipality, page, order and compare choice are no chips", () => {
    expect(filterChips(filters)).toEqual([
      { key: "q", value: "geld" },
      { key: "soort", value: "formal" },
      { key: "soort", value: "volunteer" },
      { key: "leeftijd", value: "40" },
      { key: "nieuw", value: undefined },
    ]);
    expect(filterChips(emptyFilters)).toEqual([]);
  });

  it("removes exactly one value, back to page 1, keeping everything else", () => {
    expect(directoryQuery(withoutChip(filters, { key: "soort", value: "formal" }))).toBe(
      `?gemeente=GM0344&q=geld&soort=volunteer&leeftijd=40&nieuw=1&sorteer=inloop&vergelijk=${ID}`,
    );
    expect(directoryQuery(withoutChip(filters, { key: "q", value: "geld" }))).toBe(
      `?gemeente=GM0344&soort=formal&soort=volunteer&leeftijd=40&nieuw=1&sorteer=inloop&vergelijk=${ID}`,
    );
    expect(withoutChip(filters, { key: "nieuw", value: undefined })).toMatchObject({ nieuw: false, pagina: 1 });
    expect(withoutChip(filters, { key: "leeftijd", value: "40" }).leeftijd).toBeUndefined();
  });

  it("removing every chip leaves only the municipality, order and compare choice", () => {
    let rest = filters;
    for (const chip of filterChips(filters)) rest = withoutChip(rest, chip);
    expect(directoryQuery(rest)).toBe(`?gemeente=GM0344&sorteer=inloop&vergelijk=${ID}`);
    expect(withoutAllFilters(filters)).toEqual(rest);
  });

  it("a chip that is not chosen changes nothing but the page", () => {
    expect(withoutChip(filters, { key: "taal", value: "tr" })).toEqual({ ...filters, pagina: 1 });
  });
});
