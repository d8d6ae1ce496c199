import { readFileSync } from "node:fs";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { InsightDashboard } from "@/components/insight/InsightDashboard";
import { insightFor } from "@/lib/insight/dashboard";
import { recordUsage, type UsageEvent } from "@/lib/usage/record";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";
import { renderInLocale } from "@/tests/helpers/render";

const DAY = new Date("2026-11-20T10:00:00Z");
const TODAY = new Date("2026-11-30T12:00:00Z");

async function times(prisma: Parameters<typeof recordUsage>[0], count: number, events: UsageEvent[]) {
  for (let i = 0; i < count; i++) await recordUsage(prisma, "GM0344", events, DAY);
}

describe.each(testEngines)("the supply-and-demand dashboard on the demo catalogue (%s)", (engine) => {
  const db = demoDatabase(engine);

  it("counts Utrecht's open services from the catalogue, and residents' questions over the period", async () => {
    await times(db.prisma, 6, [
      { metric: "domain", value: "money-debt" },
      { metric: "language", value: "prs" },
      { metric: "suggestions", value: "thin" },
    ]);
    await times(db.prisma, 3, [{ metric: "domain", value: "education" }, { metric: "suggestions", value: "enough" }]);

    const insight = await insightFor(db.prisma, { municipality: "GM0344", days: 30, today: TODAY });
    // The same count straight from the demo file: active client support that serves Utrecht (the access team is not client support).
    type DemoService = { status?: string; organization_id: string; service_areas?: Array<{ municipality_code?: string }>; [key: string]: unknown };
    const demo = JSON.parse(readFileSync("prisma/demo/catalogue.json", "utf8")) as {
      services: DemoService[];
      organizations: Array<{ id: string; x_is_access_team: boolean }>;
    };
    const accessTeams = new Set(demo.organizations.filter((o) => o.x_is_access_team).map((o) => o.id));
    const inUtrecht = demo.services.filter(
      (s) => (s.status ?? "active") === "active" && !accessTeams.has(s.organization_id) && JSON.stringify(s).includes('"GM0344"'),
    );
    expect(insight.municipality).toEqual({ code: "GM0344", name: "Utrecht" });
    expect(insight.supply?.services).toBe(inUtrecht.length);
    expect(insight.demand?.reached).toBe(9);
    expect(insight.demand?.figures.domain).toEqual([
      { value: "money-debt", count: 6 },
      { value: "education", count: null },
    ]);
    expect(insight.gaps).toContainEqual({ type: "language-not-offered", language: "prs", asked: 6 });
    expect(insight.gaps).toContainEqual({ type: "few-results", outcome: "thin", count: 6 });
    expect(insight.gaps.some((gap) => gap.type === "domain-without-kind" && gap.domain === "education")).toBe(false);

    const html = renderInLocale("nl", createElement(InsightDashboard, { insight, days: 30, label: () => (value: string) => value, keep: { van: "2026-01", tot: "2026-03" } }));
    expect(html).toContain("6 keer vroegen inwoners van Utrecht om hulp in het Dari. Geen hulp spreekt die taal.");
    expect(html).toMatch(/education<\/td><td[^>]*>minder dan 5</);
    // Residents' figures below 5 never show as a number (the catalogue's own may).
    expect(html.slice(html.indexOf('id="demand-title"'))).not.toMatch(/>[1-4]<\/td>/);
    expect(html).toContain("/nl/beheer/cijfers/csv?gemeente=GM0344&amp;periode=30&amp;tabel=demand-domain");
    // The handover figures' months travel with the municipality and period.
    expect(html).toContain('<input type="hidden" name="van" value="2026-01"/><input type="hidden" name="tot" value="2026-03"/>');
  });

  it("leaves out days outside the period, and another municipality's figures", async () => {
    await recordUsage(db.prisma, "GM0321", [{ metric: "domain", value: "housing" }], DAY);
    const insight = await insightFor(db.prisma, { municipality: "GM0344", days: 30, today: new Date("2027-03-01T12:00:00Z") });
    expect(insight.demand?.figures.domain).toEqual([]);
    const houten = await insightFor(db.prisma, { municipality: "GM0321", days: 30, today: TODAY });
    expect(houten.demand?.figures.domain).toEqual([{ value: "housing", count: null }]);
  });
});
