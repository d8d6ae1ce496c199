import { describe, expect, it } from "vitest";
import { applyFilters, facetCounts, inMunicipality, loosenAdvice, type FacetFacts } from "./facets";
import { emptyFilters, type DirectoryFilters } from "./filters";

const base: FacetFacts = {
  id: "",
  municipalities: ["GM0344"],
  kind: "formal",
  domains: [],
  targetGroups: ["everyone"],
  languages: ["nl"],
  attending: ["office-appointment"],
  minimumAge: null,
  maximumAge: null,
  independent: true,
  acceptingNewClients: true,
  temporarilyClosed: false,
};
const entries: FacetFacts[] = [
  { ...base, id: "formal", domains: ["care-at-home", "money-debt"], attending: ["home-visit", "phone"] },
  { ...base, id: "parents", kind: "experience-expert", targetGroups: ["youth-family"], languages: ["nl", "tr"], maximumAge: 23, domains: ["youth-family"] },
  { ...base, id: "money", kind: "volunteer", domains: ["money-debt"], minimumAge: 18, acceptingNewClients: false },
  { ...base, id: "team", independent: false, municipalities: ["GM0321"], domains: ["care-at-home"] },
  { ...base, id: "closed", kind: "volunteer", temporarilyClosed: true, domains: ["money-debt"] },
];
const f = (extra: Partial<DirectoryFilters>): DirectoryFilters => ({ ...emptyFilters, ...extra });
const ids = (list: FacetFacts[]) => list.map((entry) => entry.id);

describe("applyFilters", () => {
  it.each<[string, Partial<DirectoryFilters>, Set<string> | undefined, string[]]>([
    ["no filters", {}, undefined, ["formal", "parents", "money", "team", "closed"]],
    ["two kinds add up", { soort: ["experience-expert", "volunteer"] }, undefined, ["parents", "money", "closed"]],
    ["kinds and domains narrow each other", { soort: ["volunteer"], domein: ["money-debt"] }, undefined, ["money", "closed"]],
    ["a service for everyone is for every group", { doelgroep: ["older-people"] }, undefined, ["formal", "money", "team", "closed"]],
    ["language", { taal: ["tr"] }, undefined, ["parents"]],
    ["how you meet", { contact: ["phone"] }, undefined, ["formal"]],
    ["age inside the bounds", { leeftijd: 30 }, undefined, ["formal", "money", "team", "closed"]],
    ["age below a minimum", { leeftijd: 12 }, undefined, ["formal", "parents", "team", "closed"]],
    ["independent only", { onafhankelijk: true }, undefined, ["formal", "parents", "money", "closed"]],
    ["accepting new clients, and not closed", { nieuw: true }, undefined, ["formal", "parents", "team"]],
    ["text matches", {}, new Set(["money", "team"]), ["money", "team"]],
  ])("%s", (_name, filters, text, expected) => {
    expect(ids(applyFilters(entries, f(filters), text))).toEqual(expected);
  });

  it("keeps only a municipality's services", () => {
    expect(ids(inMunicipality(entries, "GM0321"))).toEqual(["team"]);
    expect(inMunicipality(entries, undefined)).toHaveLength(5);
  });
});

describe("facetCounts", () => {
  it("counts each option against the other filters", () => {
    const options = { soort: ["formal", "experience-expert", "volunteer"], domein: ["money-debt"], doelgroep: [], taal: ["tr"], contact: [] };
    const counts = facetCounts(entries, f({ soort: ["volunteer"], domein: ["money-debt"] }), undefined, options);
    // Kinds are counted with only the domain filter: formal 1, volunteer 2 (money, closed).
    expect(counts.soort).toEqual({ formal: 1, "experience-expert": 0, volunteer: 2 });
    expect(counts.domein).toEqual({ "money-debt": 2 });
    expect(counts.taal).toEqual({ tr: 0 });
    expect(counts.onafhankelijk).toBe(2);
    expect(counts.nieuw).toBe(0);
  });
});

describe("loosenAdvice", () => {
  it("names the filters whose removal gives results, most results first", () => {
    const advice = loosenAdvice(entries, f({ taal: ["tr"], contact: ["phone"], nieuw: true }), undefined);
    expect(advice).toEqual([
      { key: "taal", results: 1 },
      { key: "contact", results: 1 },
    ]);
  });

  it("includes the search text", () => {
    expect(loosenAdvice(entries, f({ q: "x", soort: ["formal"] }), new Set<string>())).toEqual([{ key: "q", results: 2 }]);
  });
});
