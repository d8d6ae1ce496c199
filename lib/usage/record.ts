import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { serviceSummary } from "@/lib/catalogue/service-summary";
import { isOpenStatus } from "@/lib/catalogue/visibility";

/**
 * Anonymous use figures: one counter per day, municipality, metric and value. Only the
 * answers' categories are counted, never who gave them or when exactly.
 */
export type UsageMetric = "domain" | "signal" | "suggestions" | "chosen-kind" | "language";
export type UsageEvent = { metric: UsageMetric; value: string };

/** The day in the Netherlands, so figures per day match the policy officer's calendar. */
export function usageDay(now: Date): Date {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${day}T00:00:00Z`);
}

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
 * A resident chose a service from the suggestions (a POST, never a page view): count its
 * kind, only for an open service that serves that municipality. A failure is logged and
 * never shown, because the figures matter less than the resident getting their answer.
 */
export async function countChoice(serviceId: string, municipalityCode: string): Promise<void> {
  try {
    const { getPrisma } = await import("@/lib/db/client");
    await recordChoice(await getPrisma(), serviceId, municipalityCode);
  } catch (error) {
    console.error("usage: could not record a choice", error);
  }
}

export async function recordChoice(prisma: PrismaClient, serviceId: string, municipalityCode: string, now = new Date()): Promise<boolean> {
  const service = await serviceSummary(prisma, serviceId);
  if (!service || !isOpenStatus(service.status) || !service.municipalities.includes(municipalityCode)) return false;
  await recordUsage(prisma, municipalityCode, [{ metric: "chosen-kind", value: service.kind ?? "unknown" }], now);
  return true;
}
