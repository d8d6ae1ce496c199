import type { ChangeOrigin, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { noteCatalogueChanged } from "../freshness";
import { problemsFromIssues, type Problem } from "../interchange/problems";
import { fieldChanges, rebase, type FieldChange, type RecordValue } from "./field-changes";
import { recordKey, RECORD_SCHEMAS, type RecordKind } from "./kinds";
import { EDIT_TRANSACTION, mergeRecords, type ChangeAuthor, type RecordedChange } from "./merge";
import { publishedRecord, recordsDocumentOf } from "./records";

/**
 * Drafts: a change residents do not see until an editor publishes it. One draft per
 * record. Every save and publish says what it started from, so nothing is silently
 * overwritten:
 * - saving refuses when the draft or the published record changed since the form was
 *   opened (another editor), and offers the other person's changes field by field and
 *   the form again with one's own changes put on top (`Conflict`);
 * - publishing applies only the fields the draft changed since its base; a change
 *   published meanwhile to other fields (a provider's waiting time, a freshness check)
 *   is kept, and one to the same fields refuses with the same conflict.
 */
export type DraftRow = {
  id: string;
  kind: RecordKind;
  recordId: string;
  base: RecordValue | null;
  baseVersion: number | null;
  data: RecordValue;
  origin: ChangeOrigin;
  restoredFrom: number | null;
  version: number;
  createdByUserId: string | null;
  updatedByUserId: string | null;
  updatedAt: Date;
};

/** What an edit form was opened with: sent back with the save, in hidden fields. */
export type StartedFrom = {
  /** The draft's version, or null when the form started from the published record. */
  draftVersion: number | null;
  /** The published record's version, or null for a new record. */
  recordVersion: number | null;
  /** The record as the form showed it. */
  start: RecordValue | null;
};

export type Conflict = {
  /** The record as it is now (the other person's draft, or the published record). */
  theirs: RecordValue | null;
  /** What the other person changed since the form was opened (or the draft was made). */
  changes: FieldChange[];
  /** Their record with one's own changes put on top: the form to show again. */
  rebased: RecordValue;
  /** Fields both changed. */
  overlapping: string[];
  /** Where a new form starts from. */
  startedFrom: StartedFrom;
};

export type SaveResult =
  | { ok: true; draft: DraftRow }
  | { ok: false; problems: Problem[] }
  | { ok: false; conflict: Conflict };

export type PublishResult =
  | { ok: true; changes: RecordedChange[] }
  | { ok: false; problems: Problem[] }
  | { ok: false; conflict: Conflict }
  | { ok: false; gone: true };

type Tx = Prisma.TransactionClient;

const json = (value: RecordValue) => value as Prisma.InputJsonValue;

const asDraft = (row: Prisma.CatalogueDraftGetPayload<object>): DraftRow => ({
  ...row,
  kind: row.kind as RecordKind,
  base: (row.base ?? null) as RecordValue | null,
  data: row.data as RecordValue,
});

export async function findDraft(db: Tx | PrismaClient, kind: RecordKind, recordId: string): Promise<DraftRow | null> {
  const row = await db.catalogueDraft.findUnique({ where: { kind_recordId: { kind, recordId } } });
  return row ? asDraft(row) : null;
}

/** What an edit form starts from: the draft when there is one, else the published record. */
export async function editableRecord(db: Tx | PrismaClient, kind: RecordKind, recordId: string) {
  const [draft, published] = [await findDraft(db, kind, recordId), await publishedRecord(db, kind, recordId)];
  const record = draft?.data ?? published?.record ?? null;
  const startedFrom: StartedFrom = { draftVersion: draft?.version ?? null, recordVersion: published?.version ?? null, start: record };
  return { record, draft, published, startedFrom };
}

/** A record's shape only (the importer's zod schema): references are checked when it is published (the database may change until then). */
function shapeProblems(kind: RecordKind, data: RecordValue): Problem[] | null {
  const parsed = RECORD_SCHEMAS[kind].safeParse(data);
  if (parsed.success) return null;
  return problemsFromIssues(parsed.error.issues, data);
}

export async function saveDraft(
  prisma: PrismaClient,
  input: {
    kind: RecordKind; data: RecordValue; startedFrom: StartedFrom; userId: string; origin?: ChangeOrigin;
    /** A new draft made from an earlier version in the history (lib/catalogue/editing/restore.ts). */
    restoredFrom?: number;
  },
): Promise<SaveResult> {
  const recordId = recordKey(input.kind, input.data);
  const problems = shapeProblems(input.kind, input.data);
  if (problems) return { ok: false, problems };
  if (recordId === undefined) return { ok: false, problems: [] };
  return prisma.$transaction(async (tx) => {
    const { draft, published, record, startedFrom } = await editableRecord(tx, input.kind, recordId);
    const mine = input.startedFrom;
    const moved = draft ? draft.version !== mine.draftVersion : mine.draftVersion !== null || (published?.version ?? null) !== mine.recordVersion;
    if (moved) return { ok: false as const, conflict: conflictOf(mine.start, input.data, record, startedFrom) };
    const base = draft ? draft.base : (published?.record ?? null);
    const baseVersion = draft ? draft.baseVersion : (published?.version ?? null);
    const row = await tx.catalogueDraft.upsert({
      where: { kind_recordId: { kind: input.kind, recordId } },
      create: {
        kind: input.kind, recordId, base: base === null ? undefined : json(base), baseVersion, data: json(input.data),
        origin: input.origin ?? "editor", restoredFrom: input.restoredFrom ?? null, createdByUserId: input.userId, updatedByUserId: input.userId,
      },
      update: {
        data: json(input.data), version: { increment: 1 }, updatedByUserId: input.userId,
        ...(input.origin ? { origin: input.origin } : {}), ...(input.restoredFrom !== undefined ? { restoredFrom: input.restoredFrom } : {}),
      },
    });
    return { ok: true as const, draft: asDraft(row) };
  }, EDIT_TRANSACTION);
}

function conflictOf(start: RecordValue | null, mine: RecordValue, theirs: RecordValue | null, startedFrom: StartedFrom): Conflict {
  const rebased = rebase(start, mine, theirs);
  return { theirs, changes: fieldChanges(start, theirs), rebased: rebased.record, overlapping: rebased.overlapping, startedFrom: { ...startedFrom, start: rebased.record } };
}

/**
 * Publishes a record's draft: only if the draft is still the version the editor saw
 * (`draftVersion`); in one transaction with the record's history and the revision.
 */
export async function publishDraft(
  prisma: PrismaClient,
  input: {
    kind: RecordKind; recordId: string; draftVersion: number; author: ChangeAuthor;
    /** The record as it is published, from the draft's (a draft photo's upload name becomes its final place). */
    prepare?: (data: RecordValue) => RecordValue;
  },
): Promise<PublishResult> {
  const result = await prisma.$transaction(async (tx): Promise<PublishResult> => {
    const draft = await findDraft(tx, input.kind, input.recordId);
    if (!draft) return { ok: false, gone: true };
    const published = await publishedRecord(tx, input.kind, input.recordId);
    const startedFrom: StartedFrom = { draftVersion: draft.version, recordVersion: published?.version ?? null, start: draft.data };
    if (draft.version !== input.draftVersion) {
      return { ok: false, conflict: { theirs: draft.data, changes: [], rebased: draft.data, overlapping: [], startedFrom } };
    }
    let data = draft.data;
    if ((published?.version ?? null) !== draft.baseVersion) {
      const rebased = rebase(draft.base, draft.data, published?.record ?? null);
      if (rebased.overlapping.length > 0) {
        return { ok: false, conflict: { theirs: published?.record ?? null, changes: fieldChanges(draft.base, published?.record ?? null), rebased: rebased.record, overlapping: rebased.overlapping, startedFrom } };
      }
      data = rebased.record;
    }
    if (input.prepare) data = input.prepare(data);
    const merged = await mergeRecords(tx, recordsDocumentOf(input.kind, [data]), input.author);
    if (!merged.ok) return merged;
    await tx.catalogueDraft.delete({ where: { id: draft.id } });
    return merged;
  }, EDIT_TRANSACTION);
  if (result.ok && result.changes.length > 0) noteCatalogueChanged();
  return result;
}

/** Throws a draft away, only the version the editor saw. False when it changed or is gone. */
export async function discardDraft(prisma: PrismaClient, input: { kind: RecordKind; recordId: string; draftVersion: number }): Promise<boolean> {
  const { count } = await prisma.catalogueDraft.deleteMany({ where: { kind: input.kind, recordId: input.recordId, version: input.draftVersion } });
  return count === 1;
}
