import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { matchServices } from "@/lib/matching/match";
import type { Answers } from "@/lib/vraagwijzer/answers";
import { loadMunicipality, loadServicesForMatching } from "@/lib/vraagwijzer/catalogue";
import { recordUsage, type UsageEvent } from "./record";

/** What asking for suggestions counts: the domains and signals asked, and whether the list was empty or thin. */
export function suggestionEvents(answers: { domains: readonly string[]; signals: readonly string[] }, outcome: string): UsageEvent[] {
  return [
    ...answers.domains.map((value) => ({ metric: "domain" as const, value })),
    ...answers.signals.map((value) => ({ metric: "signal" as const, value })),
    { metric: "suggestions", value: outcome },
  ];
}

/**
 * Counts one request for suggestions (the vraagwijzer's last step posts here; showing or
 * reloading the suggestions page counts nothing). The outcome is matched the same way
 * the page matches it. False when the answers name no known municipality.
 */
export async function recordSuggestions(prisma: PrismaClient, answers: Answers, now = new Date()): Promise<boolean> {
  const municipality = await loadMunicipality(answers.municipality, "nl", prisma);
  if (!municipality) return false;
  const result = matchServices(await loadServicesForMatching(municipality.code, "nl", prisma), answers);
  await recordUsage(prisma, municipality.code, suggestionEvents(answers, result.outcome), now);
  return true;
}

/** recordSuggestions on the portal's database; a failure is logged and never shown to the resident. */
export async function countSuggestions(answers: Answers): Promise<void> {
  try {
    const { getPrisma } = await import("@/lib/db/client");
    await recordSuggestions(await getPrisma(), answers);
  } catch (error) {
    console.error("usage: could not record the vraagwijzer figures", error);
  }
}
