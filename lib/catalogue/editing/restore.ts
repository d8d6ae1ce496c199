import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Problem } from "../interchange/problems";
import { saveDraft, type DraftRow, type StartedFrom } from "./drafts";
import type { RecordValue } from "./field-changes";
import type { PostedFields } from "./form-record";
import { isRecordKind, type RecordKind } from "./kinds";
import { publishedRecord } from "./records";

/**
 * Restoring an earlier version: a NEW draft whose data is that version's snapshot, made
 * from the record as it is published now (so publishing it is an ordinary, reviewed
 * publish and a change is recorded in the history again). Never over an existing draft:
 * the editor publishes or throws that away first.
 */
export type RestoreResult =
  | { ok: true; draft: DraftRow }
  | { ok: false; refused: "draft" | "removal" | "missing" }
  | { ok: false; problems: Problem[] };

export async function restoreVersion(
  prisma: PrismaClient,
  input: { kind: RecordKind; recordId: string; version: number; userId: string },
): Promise<RestoreResult> {
  const { kind, recordId } = input;
  const change = await prisma.catalogueChange.findFirst({ where: { kind, recordId, version: input.version }, orderBy: { createdAt: "desc" } });
  if (!change) return { ok: false, refused: "missing" };
  if (change.snapshot === null) return { ok: false, refused: "removal" };
  if ((await prisma.catalogueDraft.count({ where: { kind, recordId } })) > 0) return { ok: false, refused: "draft" };
  const published = await publishedRecord(prisma, kind, recordId);
  // Started from the published record with no draft: saveDraft refuses if a draft appeared meanwhile.
  const startedFrom: StartedFrom = { draftVersion: null, recordVersion: published?.version ?? null, start: published?.record ?? null };
  const saved = await saveDraft(prisma, { kind, data: change.snapshot as RecordValue, startedFrom, userId: input.userId, origin: "editor", restoredFrom: input.version });
  if (saved.ok) return saved;
  if ("problems" in saved) return saved;
  return { ok: false, refused: "draft" };
}

const restoreForm = z.object({
  kind: z.string().refine(isRecordKind),
  recordId: z.string().min(1).max(200),
  version: z.coerce.number().int().min(1).max(2_147_483_647),
});

/** `ok` says the form could be read (the access matrix needs no more); `result` says what became of it. */
export type RestoreStep = { ok: true; kind: RecordKind; recordId: string; result: RestoreResult } | { ok: false };

/** The restore button's post: kind, recordId, version. */
export async function restoreFromForm(prisma: PrismaClient, userId: string, fields: PostedFields): Promise<RestoreStep> {
  const first = (name: string) => fields[name]?.[0] ?? "";
  const parsed = restoreForm.safeParse({ kind: first("kind"), recordId: first("recordId"), version: first("version") });
  if (!parsed.success) return { ok: false };
  const kind = parsed.data.kind as RecordKind;
  const { recordId, version } = parsed.data;
  return { ok: true, kind, recordId, result: await restoreVersion(prisma, { kind, recordId, version, userId }) };
}
