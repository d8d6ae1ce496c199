import { describe, expect, it } from "vitest";
import { recordChoice, recordUsage } from "@/lib/usage/record";
import { usageReport } from "@/lib/usage/report";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";

const PARENTS = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";

describe.each(testEngines)("choices and use figures on the demo catalogue (%s)", (engine) => {
  const db = demoDatabase(engine);

  it("counts a choice by the service's kind, only where the service works", async () => {
    const day = new Date("2026-10-05T10:00:00Z");
    expect(await recordChoice(db.prisma, PARENTS, "GM0344", "198.51.100.7", day)).toBe(true);
    expect(await recordChoice(db.prisma, PARENTS, "GM0321", "198.51.100.7", day)).toBe(false);
    const report = await usageReport(db.prisma, { from: new Date("2026-10-05"), to: new Date("2026-10-05") });
    expect(report.municipalities.map((m) => [m.code, m.metrics["chosen-kind"]])).toEqual([["GM0344", [{ value: "experience-expert", count: 1 }]]]);
  });

  it("counts use anonymously per day and municipality and reports it", async () => {
    const day = new Date("2026-11-20T10:00:00Z");
    await recordUsage(db.prisma, "GM0344", [{ metric: "domain", value: "housing" }, { metric: "suggestions", value: "thin" }], day);
    await recordUsage(db.prisma, "GM0344", [{ metric: "domain", value: "housing" }, { metric: "suggestions", value: "empty" }], day);
    await recordUsage(db.prisma, "GM0321", [{ metric: "chosen-kind", value: "formal" }], day);
    await recordUsage(db.prisma, "GM0344", [{ metric: "domain", value: "housing" }], new Date("2026-12-20T10:00:00Z"));
    const report = await usageReport(db.prisma, { from: new Date("2026-11-01"), to: new Date("2026-11-30") });
    expect(report.municipalities.map((m) => m.name)).toEqual(["Houten", "Utrecht"]);
    const utrecht = report.municipalities.find((m) => m.code === "GM0344");
    expect(utrecht?.metrics.domain).toEqual([{ value: "housing", count: 2 }]);
    expect(utrecht?.reached).toBe(2);
    const houtenOnly = await usageReport(db.prisma, { from: new Date("2026-11-01"), to: new Date("2026-11-30"), municipalityCode: "GM0321" });
    expect(houtenOnly.municipalities.map((m) => m.metrics["chosen-kind"])).toEqual([[{ value: "formal", count: 1 }]]);
  });
});
