import { describe, expect, it } from "vitest";
import { toggledChoice, withCompare } from "./compare-query";
import { directoryQuery, emptyFilters, parseDirectoryFilters, toggleCompare } from "./filters";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";

describe("the compare choice in a directory address", () => {
  it("comes after the other filters, or alone", () => {
    expect(withCompare("?gemeente=GM0392&soort=formal", [A, B])).toBe(`?gemeente=GM0392&soort=formal&vergelijk=${A}&vergelijk=${B}`);
    expect(withCompare("", [A])).toBe(`?vergelijk=${A}`);
    expect(withCompare("?q=schulden", [])).toBe("?q=schulden");
    expect(withCompare("", [])).toBe("");
  });

  it("gives a card the same link as the filters would (what ResultCard makes in the browser)", () => {
    const { filters } = parseDirectoryFilters({ gemeente: "GM0392", domein: ["money-debt"], q: "hulp thuis", vergelijk: [A] });
    const other = directoryQuery({ ...filters, vergelijk: [] });
    for (const id of [A, B]) expect(withCompare(other, toggledChoice(filters.vergelijk, id))).toBe(directoryQuery(toggleCompare(filters, id)));
    expect(parseDirectoryFilters(new URLSearchParams(withCompare(other, [A, B]).slice(1))).filters).toEqual({ ...filters, vergelijk: [A, B] });
    expect(directoryQuery(emptyFilters)).toBe("");
  });

  it("takes a chosen service away and adds another at the end", () => {
    expect(toggledChoice([A, B], A)).toEqual([B]);
    expect(toggledChoice([B], A)).toEqual([B, A]);
  });
});
