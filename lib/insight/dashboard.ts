import "server-only";
import { catalogueSnapshot } from "@/lib/catalogue/queries";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { usageReport } from "@/lib/usage/report";
import { demandOf, findGaps, missingSupport, supplyIn, type Demand, type Gap, type MissingSupport, type Supply } from "./figures";
import { periodEnding } from "./params";

export type Insight = {
  municipalities: Array<{ code: string; name: string }>;
  municipality: { code: string; name: string } | undefined;
  from: Date;
  to: Date;
  supply: Supply | undefined;
  demand: Demand | undefined;
  gaps: Gap[];
};

const byName = (list: ReadonlyArray<{ code: string; name: string }>) => list.map(({ code, name }) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, "nl"));

/** Supply, demand and gaps for one municipality over the `days` days up to today. */
export async function insightFor(prisma: PrismaClient, options: { municipality: string | undefined; days: number; today?: Date }): Promise<Insight> {
  const snapshot = await catalogueSnapshot(prisma);
  const municipalities = byName(snapshot.municipalities);
  const municipality = municipalities.find((m) => m.code === options.municipality) ?? municipalities[0];
  const { from, to } = periodEnding(options.today ?? new Date(), options.days);
  if (!municipality) return { municipalities, municipality, from, to, supply: undefined, demand: undefined, gaps: [] };
  const report = await usageReport(prisma, { from, to, municipalityCode: municipality.code });
  const supply = supplyIn(snapshot.services, municipality.code);
  const demand = demandOf(report.municipalities[0]);
  return { municipalities, municipality, from, to, supply, demand, gaps: findGaps(supply, demand) };
}

/** insightFor on the portal's database. */
export async function currentInsight(options: { municipality: string | undefined; days: number }): Promise<Insight> {
  const { getPrisma } = await import("@/lib/db/client");
  return insightFor(await getPrisma(), options);
}

/** Municipalities missing a kind of support, by name (the editor's dashboard). */
export async function municipalitiesMissingSupport(prisma: PrismaClient): Promise<MissingSupport[]> {
  const snapshot = await catalogueSnapshot(prisma);
  const municipalities = byName(snapshot.municipalities);
  return missingSupport(snapshot.services, municipalities);
}

export async function currentMissingSupport(): Promise<MissingSupport[]> {
  const { getPrisma } = await import("@/lib/db/client");
  return municipalitiesMissingSupport(await getPrisma());
}
