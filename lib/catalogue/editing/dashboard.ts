import type { ChangeOrigin, PrismaClient } from "@/lib/generated/prisma/client";
import { localise, type LocalisedText } from "../localise";
import type { FieldChange } from "./field-changes";
import { freshnessQueue, type QueueItem } from "./freshness-check";
import type { RecordKind } from "./kinds";

/**
 * The catalogue's part of the editor's dashboard (`/beheer`): per section a count and the
 * first few rows, each section with its own full list elsewhere. Error reports come from
 * lib/error-reports, the municipalities missing a kind of support from lib/insight.
 */
export type Section<T> = { total: number; items: T[] };

export type DraftRow = { kind: RecordKind; recordId: string; name: LocalisedText | undefined; origin: ChangeOrigin; userId: string | null; updatedAt: Date };
export type ProviderChangeRow = { kind: RecordKind; recordId: string; name: LocalisedText | undefined; userName: string | null; fields: string[]; createdAt: Date };
export type AvailabilityRow = { id: string; name: LocalisedText; organizationName: string; reopensOn: string | null };

export type CatalogueDashboard = {
  drafts: Section<DraftRow>;
  stale: Section<QueueItem>;
  providerChanges: Section<ProviderChangeRow>;
  notAccepting: Section<AvailabilityRow>;
  closed: Section<AvailabilityRow>;
};

export const DASHBOARD_ROWS = 5;
export const WEEK_MS = 7 * 86_400_000;

/** A record's name in the interchange form: localised text (a service, a taxonomy) or plain (the others). */
function recordName(record: unknown, locale: string): LocalisedText | undefined {
  const name = (record as { name?: unknown } | null)?.name;
  if (typeof name === "string") return { text: name, lang: "nl" };
  return localise(name, locale);
}

/** A count and the first rows, read together, each row shaped for the page. */
async function section<R, T>(count: Promise<number>, rows: Promise<R[]>, shape: (row: R) => T): Promise<Section<T>> {
  const [total, found] = await Promise.all([count, rows]);
  return { total, items: found.map(shape) };
}

export async function catalogueDashboard(prisma: PrismaClient, options: { locale: string; months: number; now?: Date; rows?: number }): Promise<CatalogueDashboard> {
  const now = options.now ?? new Date();
  const take = options.rows ?? DASHBOARD_ROWS;
  const [drafts, stale, providerChanges, notAccepting, closed] = await Promise.all([
    waitingDrafts(prisma, options.locale, take),
    freshnessQueue(prisma, { months: options.months, locale: options.locale, now, pageSize: take }),
    providerChangesSince(prisma, new Date(now.getTime() - WEEK_MS), options.locale, take),
    availability(prisma, "notAccepting", options.locale, take),
    availability(prisma, "closed", options.locale, take),
  ]);
  return { drafts, stale: { total: stale.total, items: stale.items }, providerChanges, notAccepting, closed };
}

/** Drafts waiting for an editor, newest first: who worked on it last and where it came from. */
export async function waitingDrafts(prisma: PrismaClient, locale: string, take: number): Promise<Section<DraftRow>> {
  return section(
    prisma.catalogueDraft.count(),
    prisma.catalogueDraft.findMany({
      select: { kind: true, recordId: true, data: true, origin: true, createdByUserId: true, updatedByUserId: true, updatedAt: true },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take,
    }),
    (row) => ({
      kind: row.kind,
      recordId: row.recordId,
      name: recordName(row.data, locale),
      origin: row.origin,
      userId: row.updatedByUserId ?? row.createdByUserId,
      updatedAt: row.updatedAt,
    }),
  );
}

/** What providers published themselves since a moment (their availability goes live at once), newest first. */
export async function providerChangesSince(prisma: PrismaClient, since: Date, locale: string, take: number): Promise<Section<ProviderChangeRow>> {
  const where = { origin: "provider" as const, createdAt: { gte: since } };
  return section(
    prisma.catalogueChange.count({ where }),
    prisma.catalogueChange.findMany({
      where,
      select: { kind: true, recordId: true, userName: true, fields: true, snapshot: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take,
    }),
    (row) => ({
      kind: row.kind,
      recordId: row.recordId,
      name: recordName(row.snapshot, locale),
      userName: row.userName,
      fields: [...new Set((row.fields as FieldChange[]).map((change) => change.field))],
      createdAt: row.createdAt,
    }),
  );
}

/** Services residents see that take no new clients (active ones), or that are closed for a while; by name. */
export async function availability(prisma: PrismaClient, which: "notAccepting" | "closed", locale: string, take: number): Promise<Section<AvailabilityRow>> {
  const where = which === "closed" ? { status: "temporarily_closed" as const } : { status: "active" as const, acceptingNewClients: false };
  return section(
    prisma.service.count({ where }),
    prisma.service.findMany({
      where,
      select: { id: true, name: true, reopensOn: true, organization: { select: { name: true } } },
      orderBy: which === "closed" ? [{ reopensOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "asc" }],
      take,
    }),
    (row) => ({
      id: row.id,
      name: localise(row.name, locale) ?? { text: row.id, lang: locale },
      organizationName: row.organization.name,
      reopensOn: row.reopensOn ? row.reopensOn.toISOString().slice(0, 10) : null,
    }),
  );
}
