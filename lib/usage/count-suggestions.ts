import "server-only";
import { findMunicipality } from "@/lib/catalogue/read";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Answers } from "@/lib/vraagwijzer/answers";
import { suggestionsFor } from "@/lib/vraagwijzer/suggestions";
import { countQuietly, recordUsage, type UsageEvent } from "./record";
import { countsOnce } from "./visit";

/** What asking for suggestions counts: the domains, signals and language asked, and whether the list was empty or thin. */
export function suggestionEvents(answers: { domains: readonly string[]; signals: readonly string[]; language?: string | undefined }, outcome: string): UsageEvent[] {
  return [
    ...answers.domains.map((value) => ({ metric: "domain" as const, value })),
    ...answers.signals.map((value) => ({ metric: "signal" as const, value })),
    ...(answers.language ? [{ metric: "language" as const, value: answers.language }] : []),
    { metric: "suggestions", value: outcome },
  ];
}

/**
 * Counts one completed vraagwijzer per visit (its last step posts here; showing or
 * reloading the suggestions page counts nothing). The outcome is matched the same way
 * the page matches it. False when the answers name no known municipality, or when this
 * visit was already counted.
 */
export async function recordSuggestions(prisma: PrismaClient, answers: Answers, address: string, now = new Date()): Promise<boolean> {
  const found = await suggestionsFor(prisma, answers, "nl");
  if (!found) return false;
  if (!(await countsOnce(prisma, address, "suggestions", now))) return false;
  await recordUsage(prisma, found.municipality.code, suggestionEvents(answers, found.result.outcome), now);
  return true;
}

/** recordSuggestions on the portal's database, never failing the resident's request (countQuietly). */
export function countSuggestions(answers: Answers, address: string): Promise<void> {
  return countQuietly("the vraagwijzer figures", (prisma) => recordSuggestions(prisma, answers, address));
}

/**
 * The crisis numbers were shown (the signals page's post, lib/actions/resident-actions.ts):
 * one anonymous count per municipality and day, once per visit, the only trace the danger answer leaves.
 */
export function countCrisis(municipalityCode: string | undefined, address: string): Promise<void> {
  return countQuietly("the crisis count", async (prisma) => {
    const municipality = await findMunicipality(municipalityCode, "nl");
    if (municipality) await recordCrisis(prisma, municipality.code, address);
  });
}

/** The crisis count for a known municipality: false when this visit was already counted. */
export async function recordCrisis(prisma: PrismaClient, municipalityCode: string, address: string, now = new Date()): Promise<boolean> {
  if (!(await countsOnce(prisma, address, "crisis", now))) return false;
  await recordUsage(prisma, municipalityCode, [{ metric: "signal", value: "danger" }], now);
  return true;
}
