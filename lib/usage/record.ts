import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Anonymous use figures: one counter per day, municipality, metric and value. Only the
 * answers' categories are counted, never who gave them or when exactly.
 */
export type UsageMetric = "domain" | "signal" | "suggestions" | "chosen-kind";
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
 * Counting from a resident page: a failure is logged and never shown, because the
 * figures matter less than the resident getting their answer.
 */
export async function countUse(municipalityCode: string, events: readonly UsageEvent[]): Promise<void> {
  try {
    const { getPrisma } = await import("@/lib/db/client");
    await recordUsage(await getPrisma(), municipalityCode, events);
  } catch (error) {
    console.error("usage: could not record the vraagwijzer figures", error);
  }
}

/** What reaching the suggestions page counts: the domains and signals asked, and whether the list was empty or thin. */
export function suggestionEvents(answers: { domains: readonly string[]; signals: readonly string[] }, outcome: string): UsageEvent[] {
  return [
    ...answers.domains.map((value) => ({ metric: "domain" as const, value })),
    ...answers.signals.map((value) => ({ metric: "signal" as const, value })),
    { metric: "suggestions", value: outcome },
  ];
}

/** A resident chose a service from the suggestions: count its kind, only for a service that serves that municipality. */
export async function countChoice(serviceId: string, municipalityCode: string): Promise<void> {
  try {
    const { getPrisma } = await import("@/lib/db/client");
    await recordChoice(await getPrisma(), serviceId, municipalityCode);
  } catch (error) {
    console.error("usage: could not record a choice", error);
  }
}

export async function recordChoice(prisma: PrismaClient, serviceId: string, municipalityCode: string, now = new Date()): Promise<boolean> {
  const service = await prisma.service.findFirst({
    where: { id: serviceId, status: "active", serviceAreas: { some: { municipalityCode } } },
    select: { attributes: { where: { term: { taxonomyId: "co-kind" } }, select: { term: { select: { code: true } } } } },
  });
  if (!service) return false;
  await recordUsage(prisma, municipalityCode, [{ metric: "chosen-kind", value: service.attributes[0]?.term.code ?? "unknown" }], now);
  return true;
}
