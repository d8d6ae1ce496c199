import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { catalogueSnapshot } from "@/lib/catalogue/queries";
import type { UsageMetric } from "./record";

/** Figures for policy officers: counts per municipality, metric and value over a period. */
export type UsageCountRow = { value: string; count: number };
export type MunicipalityUsage = {
  code: string;
  name: string;
  /** How often residents reached the suggestions page. */
  reached: number;
  metrics: Record<UsageMetric, UsageCountRow[]>;
};
export type UsageReport = { from: Date; to: Date; municipalities: MunicipalityUsage[] };

const emptyMetrics = (): Record<UsageMetric, UsageCountRow[]> => ({ domain: [], signal: [], suggestions: [], "chosen-kind": [], language: [] });

/** `from` and `to` are whole days, both included. */
export async function usageReport(
  prisma: PrismaClient,
  options: { from: Date; to: Date; municipalityCode?: string },
): Promise<UsageReport> {
  const groups = await prisma.usageCount.groupBy({
    by: ["municipalityCode", "metric", "value"],
    where: {
      day: { gte: options.from, lte: options.to },
      ...(options.municipalityCode ? { municipalityCode: options.municipalityCode } : {}),
    },
    _sum: { count: true },
    orderBy: [{ municipalityCode: "asc" }, { metric: "asc" }, { value: "asc" }],
  });
  // Names from the catalogue's municipality list (only lib/catalogue reads catalogue tables).
  const names = new Map((await catalogueSnapshot(prisma)).municipalities.map((row) => [row.code, row.name]));
  const byCode = new Map<string, MunicipalityUsage>();
  for (const group of groups) {
    const metric = group.metric as UsageMetric;
    let entry = byCode.get(group.municipalityCode);
    if (!entry) {
      entry = { code: group.municipalityCode, name: names.get(group.municipalityCode) ?? group.municipalityCode, reached: 0, metrics: emptyMetrics() };
      byCode.set(group.municipalityCode, entry);
    }
    if (!(metric in entry.metrics)) continue; // a metric from a later version of the portal
    const count = group._sum.count ?? 0;
    entry.metrics[metric].push({ value: group.value, count });
    if (metric === "suggestions") entry.reached += count;
  }
  for (const entry of byCode.values()) {
    for (const rows of Object.values(entry.metrics)) rows.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return { from: options.from, to: options.to, municipalities: [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, "nl")) };
}

/** The figures over the last `days` whole days, today included, for the policy officers' page. */
export async function usageFiguresForLastDays(days: number) {
  const { getPrisma } = await import("@/lib/db/client");
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const from = new Date(today.getTime() - (days - 1) * 86_400_000);
  return usageReport(await getPrisma(), { from, to: today });
}
