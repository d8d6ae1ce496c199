import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { serviceSummary } from "@/lib/catalogue/service-summary";
import { isOpenStatus } from "@/lib/catalogue/visibility";
import { usageDay } from "./day";
import { countsOnce } from "./visit";
import { errorFields, log } from "@/lib/log";

/**
 * Anonymous use figures: one counter per day, municipality, metric and value. Only the
 * answers' categories are counted, never who gave them or when exactly. Each event counts
 * once per visit and at most a few times an hour per address (./visit.ts).
 */
export type UsageMetric = "domain" | "signal" | "suggestions" | "chosen-kind" | "language";
export type UsageEvent = { metric: UsageMetric; value: string };

export async function recordUsage(prisma: PrismaClient, municipalityCode: string, events: readonly UsageEvent[], now = new Date()): Promise<void> {
  const day = usageDay(now);
  for (const event of events) {
    await prisma.$executeRaw`
      insert into "UsageCount" ("day", "municipalityCode", "metric", "value", "count")
      values (${day}::date, ${municipalityCode}, ${event.metric}, ${event.value}, 1)
      on conflict ("day", "municipalityCode", "metric", "value") do update set "count" = "UsageCount"."count" + 1`;
  }
}

/**
 * Runs one count on the portal's database. A failure is logged and never shown, because
 * the figures matter less than the resident getting their answer.
 */
export async function countQuietly(what: string, count: (prisma: PrismaClient) => Promise<unknown>): Promise<void> {
  try {
    const { getPrisma } = await import("@/lib/db/client");
    await count(await getPrisma());
  } catch (error) {
    log().error({ event: "usage count failed", what, ...errorFields(error) }, "could not record a use count");
  }
}

/**
 * A resident chose a service from the suggestions (a POST, never a page view): count its
 * kind, only for an open service that serves that municipality, once per visit.
 */
export function countChoice(serviceId: string, municipalityCode: string, address: string): Promise<void> {
  return countQuietly("a choice", (prisma) => recordChoice(prisma, serviceId, municipalityCode, address));
}

/** False when the choice does not count: not an open service there, or already counted in this visit. */
export async function recordChoice(prisma: PrismaClient, serviceId: string, municipalityCode: string, address: string, now = new Date()): Promise<boolean> {
  const service = await serviceSummary(prisma, serviceId);
  if (!service || !isOpenStatus(service.status) || !service.municipalities.includes(municipalityCode)) return false;
  if (!(await countsOnce(prisma, address, `choice:${service.id}`, now))) return false;
  await recordUsage(prisma, municipalityCode, [{ metric: "chosen-kind", value: service.kind ?? "unknown" }], now);
  return true;
}
