import { describe, expect, it } from "vitest";
import { activeFilterKeys, directoryQuery, emptyFilters, parseDirectoryFilters, toggleCompare, toggleFilter, withoutFilter } from "./filters";

const A = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";
const B = "00000000-0000-4000-8000-00000000000b";
const C = "00000000-0000-4000-8000-00000000000c";
const D = "00000000-0000-4000-8000-00000000000d";

describe("parseDirectoryFilters", () => {
  it("reads every filter from URLSearchParams", () => {
    const { filters, notes } = parseDirectoryFilters(
      new URLSearchParams(
        "gemeente=gm0344&soort=formal&soort=volunteer&domein=money-debt&doelgroep=older-people&taal=TR&contact=walk-in&leeftijd=70&onafhankelijk=1&nieuw=ja&q=+schulden+&pagina=2",
      ),
    );
    expect(notes).toEqual([]);
    expect(filters).toEqual({
      gemeente: "GM0344",
      soort: ["formal", "volunteer"],
      domein: ["money-debt"],
      doelgroep: ["older-people"],
      taal: ["tr"],
      contact: ["walk-in"],
      leeftijd: 70,
      onafhankelijk: true,
      nieuw: true,
      q: "schulden",
      pagina: 2,
      sorteer: "relevantie",
      vergelijk: [],
    });
  });

  it("reads the order and the compare choice: ids in the order chosen, once, lower case, at most 3", () => {
    const { filters, notes } = parseDirectoryFilters(
      new URLSearchParams(`sorteer=wachttijd&vergelijk=${B}&vergelijk=${A.toUpperCase()}&vergelijk=${B}&vergelijk=geen-id&vergelijk=${C}&vergelijk=${D}`),
    );
    expect(filters.sorteer).toBe("wachttijd");
    expect(filters.vergelijk).toEqual([B, A, C]);
    expect(notes).toEqual([
      { param: "vergelijk", value: "geen-id" },
      { param: "vergelijk", value: D },
    ]);
  });

  it("drops an unknown order with a note", () => {
    const { filters, notes } = parseDirectoryFilters({ sorteer: "prijs" });
    expect(filters.sorteer).toBe("relevantie");
    expect(notes).toEqual([{ param: "sorteer", value: "prijs" }]);
  });

  it("reads Next.js searchParams objects, comma lists and repeated values once", () => {
    const { filters } = parseDirectoryFilters({ soort: ["formal,volunteer", "formal"], taal: "ar" });
    expect(filters.soort).toEqual(["formal", "volunteer"]);
    expect(filters.taal).toEqual(["ar"]);
  });

  it("drops bad values with a note and keeps the good ones", () => {
    const { filters, notes } = parseDirectoryFilters(
      new URLSearchParams("gemeente=Utrecht&soort=formal&soort=wizard&leeftijd=-3&leeftijd=abc&taal=<script>&onafhankelijk=misschien&pagina=0"),
    );
    expect(filters).toEqual({ ...emptyFilters, soort: ["formal"] });
    expect(notes).toEqual([
      { param: "soort", value: "wizard" },
      { param: "taal", value: "<script>" },
      { param: "onafhankelijk", value: "misschien" },
      { param: "gemeente", value: "Utrecht" },
      { param: "leeftijd", value: "-3" },
      { param: "pagina", value: "0" },
    ]);
  });

  it("treats empty form fields as no choice, without notes", () => {
    const { filters, notes } = parseDirectoryFilters(new URLSearchParams("gemeente=&q=&leeftijd=&soort="));
    expect(filters).toEqual(emptyFilters);
    expect(notes).toEqual([]);
  });

  it("rejects a search text that is too long", () => {
    const { filters, notes } = parseDirectoryFilters({ q: "x".repeat(201) });
    expect(filters.q).toBeUndefined();
    expect(notes).toHaveLength(1);
  });
});

describe("serialising", () => {
  it("round-trips through the URL in a fixed order", () => {
    const url = "?gemeente=GM0321&q=hulp&soort=volunteer&soort=formal&leeftijd=12&nieuw=1";
    const { filters } = parseDirectoryFilters(new URLSearchParams(url));
    const query = directoryQuery(filters);
    expect(query).toBe("?gemeente=GM0321&q=hulp&soort=formal&soort=volunteer&leeftijd=12&nieuw=1");
    expect(parseDirectoryFilters(new URLSearchParams(query)).filters).toEqual(filters);
  });

  it("keeps the order and the compare choice; the default order is left out", () => {
    const query = directoryQuery({ ...emptyFilters, soort: ["formal"], pagina: 2, sorteer: "inloop", vergelijk: [B, A] });
    expect(query).toBe(`?soort=formal&pagina=2&sorteer=inloop&vergelijk=${B}&vergelijk=${A}`);
    expect(directoryQuery({ ...emptyFilters, sorteer: "relevantie" })).toBe("");
  });

  it("gives an empty string for no filters", () => {
    expect(directoryQuery(emptyFilters)).toBe("");
  });
});

describe("changing filters", () => {
  const base = { ...emptyFilters, soort: ["formal" as const], pagina: 3 };
  it("toggles an option on and off and returns to page 1", () => {
    expect(toggleFilter(base, "soort", "volunteer")).toMatchObject({ soort: ["formal", "volunteer"], pagina: 1 });
    expect(toggleFilter(base, "soort", "formal")).toMatchObject({ soort: [], pagina: 1 });
    expect(toggleFilter(base, "nieuw")).toMatchObject({ nieuw: true });
  });

  it("removes one filter and lists the active ones", () => {
    const filters = { ...base, q: "geld", nieuw: true, leeftijd: 30 };
    expect(activeFilterKeys(filters)).toEqual(["q", "soort", "leeftijd", "nieuw"]);
    expect(activeFilterKeys(withoutFilter(filters, "soort"))).toEqual(["q", "leeftijd", "nieuw"]);
    expect(withoutFilter(filters, "leeftijd").leeftijd).toBeUndefined();
  });

  it("keeps the order and the compare choice when a filter changes", () => {
    const filters = { ...base, sorteer: "wachttijd" as const, vergelijk: [A] };
    expect(toggleFilter(filters, "soort", "volunteer")).toMatchObject({ sorteer: "wachttijd", vergelijk: [A] });
    expect(withoutFilter(filters, "soort")).toMatchObject({ sorteer: "wachttijd", vergelijk: [A] });
  });
});

describe("toggleCompare", () => {
  const base = { ...emptyFilters, pagina: 2 };
  it("adds and removes a service and stays on the same page", () => {
    const one = toggleCompare(base, A);
    expect(one).toMatchObject({ vergelijk: [A], pagina: 2 });
    expect(toggleCompare(toggleCompare(one, B), A)).toMatchObject({ vergelijk: [B], pagina: 2 });
  });

  it("does not add a fourth", () => {
    const full = { ...base, vergelijk: [A, B, C] };
    expect(toggleCompare(full, D)).toBe(full);
    expect(toggleCompare(full, B).vergelijk).toEqual([A, C]);
  });
});
