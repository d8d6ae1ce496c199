import { describe, expect, it } from "vitest";
import { handoversHref, hasFilters, inPeriod, parseHandoverFilters } from "./handover-filters";

const SERVICE = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";

describe("the team view's filters", () => {
  it("reads every filter from the address, empty fields as no filter", () => {
    expect(parseHandoverFilters({ status: "new", telaat: "ja", dienst: SERVICE, van: "2026-11-01", tot: "2026-11-30", pagina: "2" })).toEqual({
      invalid: false,
      filters: { status: "new", telaat: "ja", dienst: SERVICE, van: "2026-11-01", tot: "2026-11-30", pagina: 2 },
    });
    expect(parseHandoverFilters({ status: "", dienst: "", van: "", tot: "" })).toEqual({ invalid: false, filters: { pagina: 1 } });
    expect(parseHandoverFilters({ status: ["opened", "new"] }).filters.status).toBe("opened");
  });

  it("drops every filter when one is wrong, and says so", () => {
    for (const bad of [{ status: "weg" }, { telaat: "nee" }, { dienst: "12" }, { van: "30-11-2026" }, { tot: "2026-02-30" }, { van: "2026-12-01", tot: "2026-11-01" }, { pagina: "0" }]) {
      expect(parseHandoverFilters(bad), JSON.stringify(bad)).toEqual({ invalid: true, filters: { pagina: 1 } });
    }
  });

  it("keeps the filters in every page's address", () => {
    const { filters } = parseHandoverFilters({ status: "new", telaat: "ja", van: "2026-11-01" });
    expect(handoversHref(filters, 1)).toBe("/werk/overdrachten?status=new&telaat=ja&van=2026-11-01");
    expect(handoversHref(filters, 3)).toBe("/werk/overdrachten?status=new&telaat=ja&van=2026-11-01&pagina=3");
    expect(handoversHref({ pagina: 1 }, 1)).toBe("/werk/overdrachten");
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters({ pagina: 4 })).toBe(false);
  });

  it("counts the period in Dutch calendar days, both ends included", () => {
    // 23:30 UTC on 30 November is already 1 December in the Netherlands.
    const late = new Date("2026-11-30T23:30:00Z");
    expect(inPeriod(late, { van: "2026-12-01" })).toBe(true);
    expect(inPeriod(late, { tot: "2026-11-30" })).toBe(false);
    expect(inPeriod(late, { van: "2026-12-01", tot: "2026-12-01" })).toBe(true);
    expect(inPeriod(late, {})).toBe(true);
  });
});
