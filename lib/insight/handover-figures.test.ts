import { describe, expect, it } from "vitest";
import { answerSpreads, declinedShare, outcomesByKind, percentile, shown } from "./handover-figures";
import { addMonths, choosableMonths, parseMonthPeriod } from "./handover-period";

describe("the handover figures' arithmetic", () => {
  it("hides every count under 5, zero included", () => {
    expect([0, 1, 4, 5, 12].map(shown)).toEqual([null, null, null, 5, 12]);
  });

  it("takes percentiles by nearest rank, and none from fewer than 5 answers", () => {
    const spread = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((days) => ({ days, count: 1 }));
    expect(percentile(spread, 0.5)).toBe(4);
    expect(percentile(spread, 0.9)).toBe(8);
    expect(percentile([{ days: 3, count: 4 }], 0.5)).toBeNull();
    expect(percentile([{ days: 9, count: 1 }, { days: 1, count: 4 }], 0.9)).toBe(9);
  });

  it("counts working days between Dutch days: a weekend and a public holiday do not count", () => {
    const { all } = answerSpreads([
      { key: "a", created: "2026-10-09", answered: "2026-10-12", count: 2 }, // Friday → Monday
      { key: "a", created: "2026-12-24", answered: "2026-12-28", count: 3 }, // Christmas and Boxing Day between
    ]);
    expect(all).toEqual([{ days: 1, count: 5 }]);
  });

  it("gives a share only when both counts are shown, and sums outcomes per kind before hiding", () => {
    expect(declinedShare(20, 5)).toBe(25);
    expect(declinedShare(20, 4)).toBeNull();
    expect(declinedShare(4, 4)).toBeNull();
    expect(outcomesByKind([{ kind: "volunteer", outcome: "supported", count: 3 }, { kind: "volunteer", outcome: "supported", count: 2 }])[0]?.counts.supported).toBe(5);
  });
});

describe("the period in months", () => {
  const today = new Date("2026-11-30T23:30:00Z"); // already 1 December in the Netherlands

  it("is the last six months by default, and any chosen months up to this one", () => {
    expect(parseMonthPeriod({}, today)).toEqual({ period: { from: "2026-07", to: "2026-12" } });
    expect(parseMonthPeriod({ van: "2025-01", tot: "2025-12" }, today)).toEqual({ period: { from: "2025-01", to: "2025-12" } });
    expect(choosableMonths(today)).toHaveLength(24);
    expect(addMonths("2026-01", -1)).toBe("2025-12");
  });

  it.each([
    [{ van: "2026-13", tot: "2026-12" }, "month"],
    [{ van: "2026-1", tot: "2026-12" }, "month"],
    [{ van: "2026-10" }, "month"],
    [{ van: ["2026-10", "x"], tot: "<script>" }, "month"],
    [{ van: "2026-10", tot: "2026-09" }, "order"],
    [{ van: "2024-01", tot: "2026-10" }, "long"],
    [{ van: "2026-10", tot: "2027-01" }, "future"],
  ])("refuses %j (%s) and falls back to the default", (query, error) => {
    expect(parseMonthPeriod(query, today)).toEqual({ period: { from: "2026-07", to: "2026-12" }, error });
  });
});
