import { describe, expect, it } from "vitest";
import type { CatalogueService } from "@/lib/catalogue/records";
import type { MunicipalityUsage } from "@/lib/usage/report";
import { demandOf, findGaps, missingSupport, supplyIn, suppressed } from "./figures";

const service = (overrides: Partial<CatalogueService>): CatalogueService =>
  ({
    id: "s",
    status: "active",
    municipalities: ["GM0001"],
    kind: "formal",
    domains: [],
    targetGroups: [],
    attending: [],
    languages: ["nl"],
    ...overrides,
  }) as CatalogueService;

const usage = (metrics: Partial<MunicipalityUsage["metrics"]>, reached = 0): MunicipalityUsage => ({
  code: "GM0001",
  name: "Zandvoort",
  reached,
  metrics: { domain: [], signal: [], suggestions: [], "chosen-kind": [], language: [], ...metrics },
});

const services = [
  service({ id: "a", kind: "formal", domains: ["money-debt", "housing"], languages: ["nl", "en"], attending: ["home-visit"] }),
  service({ id: "b", kind: "volunteer", domains: ["money-debt"], languages: ["nl", "tr"], attending: ["walk-in", "home-visit"] }),
  service({ id: "c", kind: "experience-expert", domains: ["housing"], status: "temporarily_closed" }),
  service({ id: "d", kind: "experience-expert", domains: ["money-debt"], municipalities: ["GM0002"] }),
];

describe("supply", () => {
  it("counts the open services of one municipality per value, largest first", () => {
    const supply = supplyIn(services, "GM0001");
    expect(supply.services).toBe(2);
    expect(supply.figures.kind).toEqual([
      { value: "formal", count: 1 },
      { value: "volunteer", count: 1 },
    ]);
    expect(supply.figures.domain).toEqual([
      { value: "money-debt", count: 2 },
      { value: "housing", count: 1 },
    ]);
    expect(supply.figures.attending[0]).toEqual({ value: "home-visit", count: 2 });
    expect([...supply.languages].sort()).toEqual(["en", "nl", "tr"]);
  });
});

describe("demand", () => {
  it("never shows a count below 5", () => {
    expect(suppressed([{ value: "a", count: 4 }, { value: "b", count: 5 }, { value: "c", count: 1 }])).toEqual([
      { value: "b", count: 5 },
      { value: "a", count: null },
      { value: "c", count: null },
    ]);
    expect(demandOf(usage({}, 4)).reached).toBeNull();
    expect(demandOf(usage({}, 12)).reached).toBe(12);
    expect(demandOf(undefined).figures.domain).toEqual([]);
  });
});

describe("gaps", () => {
  const supply = supplyIn(services, "GM0001");

  it("names a topic asked often without every kind of support, a language nobody speaks, and thin results", () => {
    const demand = demandOf(
      usage({
        domain: [
          { value: "money-debt", count: 9 },
          { value: "housing", count: 6 },
        ],
        language: [
          { value: "ti", count: 7 },
          { value: "tr", count: 8 },
        ],
        suggestions: [
          { value: "empty", count: 5 },
          { value: "enough", count: 30 },
        ],
      }),
    );
    expect(findGaps(supply, demand)).toEqual([
      { type: "domain-without-kind", domain: "money-debt", asked: 9, missing: ["experience-expert"] },
      { type: "language-not-offered", language: "ti", asked: 7 },
      // The closed experience-expert service does not count as supply.
      { type: "domain-without-kind", domain: "housing", asked: 6, missing: ["experience-expert", "volunteer"] },
      { type: "few-results", outcome: "empty", count: 5 },
    ]);
  });

  it("says nothing about what was asked fewer than 5 times", () => {
    const demand = demandOf(usage({ domain: [{ value: "education", count: 4 }], language: [{ value: "ti", count: 2 }], suggestions: [{ value: "thin", count: 3 }] }));
    expect(findGaps(supply, demand)).toEqual([]);
  });
});

describe("municipalities missing a kind of support", () => {
  it("names each kind without an open service, from the same supply figures", () => {
    const municipalities = [
      { code: "GM0001", name: "Zandvoort" },
      { code: "GM0002", name: "Haarlem" },
      { code: "GM0003", name: "Bloemendaal" },
    ];
    const all = [...services, service({ id: "e", kind: "formal", municipalities: ["GM0002"] }), service({ id: "f", kind: "volunteer", municipalities: ["GM0002"] })];
    expect(missingSupport(all, municipalities)).toEqual([
      // c is temporarily closed: not open, so experience experts are missing in GM0001.
      { code: "GM0001", name: "Zandvoort", missing: ["experience-expert"] },
      { code: "GM0003", name: "Bloemendaal", missing: ["formal", "experience-expert", "volunteer"] },
    ]);
  });
});
