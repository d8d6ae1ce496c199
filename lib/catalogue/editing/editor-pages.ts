import "server-only";
import { userNames } from "@/lib/auth/users";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { serviceSummary } from "../service-summary";
import { localise, type LocalisedText } from "../localise";
import { availability, catalogueDashboard, providerChangesSince, WEEK_MS, type AvailabilityRow, type ProviderChangeRow, type Section } from "./dashboard";
import { freshnessQueue, type FreshnessQueue } from "./freshness-check";

/**
 * What the editor's freshness pages and dashboard call: each opens the process's database
 * client and reads through ./dashboard.ts or ./freshness-check.ts, so pages never see Prisma.
 */
export async function findFreshnessQueue(options: { municipality?: string; page?: number; locale: string }): Promise<FreshnessQueue> {
  return freshnessQueue(await getPrisma(), { ...options, months: env().freshnessMonths });
}

/** The catalogue's sections of the editor's dashboard, with the name of whoever worked on each draft last. */
export async function findCatalogueDashboard(locale: string) {
  const prisma = await getPrisma();
  const dashboard = await catalogueDashboard(prisma, { locale, months: env().freshnessMonths });
  const names = await userNames(prisma, dashboard.drafts.items.map((draft) => draft.userId));
  const drafts = dashboard.drafts.items.map((draft) => ({ ...draft, who: draft.userId ? (names.get(draft.userId) ?? null) : null }));
  return { ...dashboard, drafts: { total: dashboard.drafts.total, items: drafts } };
}

/** The name of a service just checked, for the queue's confirmation. */
export async function findServiceName(id: string, locale: string): Promise<LocalisedText | undefined> {
  const summary = await serviceSummary(await getPrisma(), id);
  return summary && localise(summary.name, locale);
}

export const AVAILABILITY_LISTS = ["nieuw", "gesloten", "aanbieders"] as const;
export type AvailabilityList = (typeof AVAILABILITY_LISTS)[number];
export const FULL_LIST = 200;

/** One full list behind the dashboard: not taking new clients, closed for a while, or providers' changes this week (at most 200). */
export async function findAvailabilityList(list: AvailabilityList, locale: string): Promise<Section<AvailabilityRow> | Section<ProviderChangeRow>> {
  const prisma = await getPrisma();
  if (list === "aanbieders") return providerChangesSince(prisma, new Date(Date.now() - WEEK_MS), locale, FULL_LIST);
  return availability(prisma, list === "nieuw" ? "notAccepting" : "closed", locale, FULL_LIST);
}
