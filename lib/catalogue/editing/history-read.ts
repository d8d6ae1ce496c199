import "server-only";
import { getPrisma } from "@/lib/db/client";
import { Prisma, type ChangeOrigin } from "@/lib/generated/prisma/client";
import type { FieldChange, RecordValue } from "./field-changes";
import type { RecordKind } from "./kinds";
import { publishedRecord } from "./records";

/**
 * What the history page and the drafts list read (pages never see Prisma): a record's
 * published changes newest first, a page at a time, and every draft waiting.
 */
export const HISTORY_PAGE_SIZE = 20;

export type HistoryEntry = {
  id: string;
  version: number;
  origin: ChangeOrigin;
  userName: string | null;
  createdAt: Date;
  fields: FieldChange[];
  /** False for a removal: there is no record to restore. */
  restorable: boolean;
};

/** A record's name in the interchange form (a text, or localised text in the reader's language), else null. */
export function recordName(record: RecordValue | null | undefined, locale: string): string | null {
  const name = record?.name ?? record?.display_name;
  if (typeof name === "string") return name;
  if (name !== null && typeof name === "object" && !Array.isArray(name)) {
    const texts = name as Record<string, unknown>;
    const text = texts[locale] ?? texts.nl;
    return typeof text === "string" ? text : null;
  }
  return null;
}

/** One page (1-based) of a record's history, and what the page says around it. */
export async function recordHistory(kind: RecordKind, recordId: string, page: number) {
  const prisma = await getPrisma();
  const where = { kind, recordId };
  const [published, total, rows, draft] = await Promise.all([
    publishedRecord(prisma, kind, recordId),
    prisma.catalogueChange.count({ where }),
    prisma.catalogueChange.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { version: "desc" }],
      skip: (page - 1) * HISTORY_PAGE_SIZE,
      take: HISTORY_PAGE_SIZE,
    }),
    prisma.catalogueDraft.findUnique({ where: { kind_recordId: { kind, recordId } }, select: { version: true } }),
  ]);
  // The latest snapshot names a record that is gone.
  const latest = published ? null : await prisma.catalogueChange.findFirst({ where: { ...where, snapshot: { not: Prisma.DbNull } }, orderBy: { createdAt: "desc" } });
  const entries: HistoryEntry[] = rows.map((row) => ({
    id: row.id,
    version: row.version,
    origin: row.origin,
    userName: row.userName,
    createdAt: row.createdAt,
    fields: row.fields as FieldChange[],
    restorable: row.snapshot !== null,
  }));
  return {
    record: published?.record ?? ((latest?.snapshot ?? null) as RecordValue | null),
    version: published?.version ?? null,
    hasDraft: draft !== null,
    total,
    pages: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)),
    entries,
  };
}

/** Every draft waiting, newest first (at most `limit`); who saved it last is an id (lib/auth names it). */
export async function draftsWaiting(limit = 500) {
  const prisma = await getPrisma();
  const rows = await prisma.catalogueDraft.findMany({
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: { kind: true, recordId: true, data: true, origin: true, restoredFrom: true, updatedAt: true, updatedByUserId: true, baseVersion: true },
  });
  return rows.map(({ data, ...row }) => ({ ...row, kind: row.kind as RecordKind, isNew: row.baseVersion === null, record: data as RecordValue }));
}
