import { describe, expect, it } from "vitest";
import type { ServiceFacts } from "./catalogue";
import { derivedId, taxonomyUuid } from "./ids";
import { BadParameter, matches, page, parsePaging, parseServiceQuery } from "./query";
import { present, texts } from "./text";

const facts = (over: Partial<ServiceFacts> = {}): ServiceFacts => ({
  id: "s1",
  organizationId: "o1",
  termIds: new Set(["t1"]),
  taxonomyIds: new Set([taxonomyUuid("co-kind")]),
  municipalities: ["GM0344"],
  minimumAge: null,
  maximumAge: null,
  lastModified: new Date("2026-05-01T00:00:00Z"),
  ...over,
});
const query = (search: string) => parseServiceQuery(new URLSearchParams(search));

describe("the Page envelope", () => {
  it("says where a page lies, also past the end and for no items", () => {
    const items = [1, 2, 3, 4, 5];
    expect(page(items, { page: 1, perPage: 2 })).toEqual({ total_items: 5, total_pages: 3, page_number: 1, size: 2, first_page: true, last_page: false, empty: false, contents: [1, 2] });
    expect(page(items, { page: 3, perPage: 2 })).toMatchObject({ size: 1, last_page: true, contents: [5] });
    expect(page(items, { page: 4, perPage: 2 })).toMatchObject({ size: 0, empty: true, last_page: true, first_page: false });
    expect(page([], { page: 1, perPage: 2 })).toMatchObject({ total_pages: 0, empty: true, first_page: true, last_page: true });
  });

  it("refuses a page or page size it cannot give", () => {
    expect(parsePaging(new URLSearchParams())).toEqual({ page: 1, perPage: 50 });
    for (const bad of ["page=0", "page=-1", "page=1.5", "per_page=0", "per_page=201", "per_page=veel"]) {
      expect(() => parsePaging(new URLSearchParams(bad)), bad).toThrow(BadParameter);
    }
  });
});

describe("service filters", () => {
  it("combine with AND; a repeated one means any of its values", () => {
    expect(matches(facts(), query("municipality=GM0344&taxonomy_term_id=" + "0f8fad5b-d9cb-469f-a165-70867728950e"), undefined)).toBe(false);
    expect(matches(facts(), query("municipality=gm0344&municipality=GM0321&taxonomy_id=co-kind"), undefined)).toBe(true);
    expect(matches(facts(), query("municipality=GM0321"), undefined)).toBe(false);
    expect(matches(facts(), query("modified_after=2026-05-02"), undefined)).toBe(false);
    expect(matches(facts(), query(""), new Map([["other", 1]]))).toBe(false);
  });

  it("ages: the range asked for lies within the service's own; an open end takes any age", () => {
    const youth = facts({ minimumAge: 12, maximumAge: 23 });
    expect(matches(youth, query("minimum_age=12&maximum_age=23"), undefined)).toBe(true);
    expect(matches(youth, query("minimum_age=9"), undefined)).toBe(false);
    expect(matches(youth, query("maximum_age=30"), undefined)).toBe(false);
    expect(matches(facts({ minimumAge: 18 }), query("minimum_age=80"), undefined)).toBe(true);
  });
});

describe("HSDS values", () => {
  it("text is Dutch with the other languages in x_translations; empty fields are left out", () => {
    expect(texts({ name: { nl: "Hulp", en: "Help" }, description: null })).toEqual({ name: "Hulp", x_translations: { en: { name: "Help" } } });
    expect(present({ a: 1, b: undefined, c: null, d: [], e: false })).toEqual({ a: 1, e: false });
  });

  it("derived ids are stable UUIDs", () => {
    expect(derivedId("language", "s1", "nl")).toBe(derivedId("language", "s1", "nl"));
    expect(derivedId("language", "s1", "nl")).not.toBe(derivedId("language", "s1", "en"));
    expect(taxonomyUuid("co-kind")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
