import { z } from "zod";
import { routing } from "@/i18n/routing";
import type { Actor } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RecordValue } from "./field-changes";
import { discardDraft, publishDraft, saveDraft, type PublishResult, type SaveResult, type StartedFrom } from "./drafts";
import type { PostedFields } from "./form-record";
import { RECORD_FORMS } from "./forms";
import { isRecordKind, type RecordKind } from "./kinds";

/**
 * The editor's three steps on a record, from posted forms: save a draft, publish it,
 * throw it away. Each reads what the form was opened with (hidden fields, `STARTED_FROM`),
 * so a stale form, a second editor or a double submit never overwrites unseen.
 */
export const STARTED_FROM = { draftVersion: "startedFrom.draftVersion", recordVersion: "startedFrom.recordVersion", start: "startedFrom.start" } as const;
/** Posted fields that are no part of a record. */
export const SYSTEM_FIELDS = new Set(["kind", "form", "recordId", ...Object.values(STARTED_FROM)]);

const version = z.union([z.literal("").transform(() => null), z.coerce.number().int().min(1).max(2_147_483_647)]);
const startSchema = z.string().max(2_000_000).transform((text, ctx) => {
  if (text === "") return null;
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return value as RecordValue;
  } catch {
    // refused below
  }
  ctx.addIssue({ code: "custom", message: "start" });
  return z.NEVER;
});

const first = (fields: PostedFields, name: string) => fields[name]?.[0] ?? "";

export function startedFromOf(fields: PostedFields): StartedFrom | undefined {
  const parsed = z
    .object({ draftVersion: version, recordVersion: version, start: startSchema })
    .safeParse({ draftVersion: first(fields, STARTED_FROM.draftVersion), recordVersion: first(fields, STARTED_FROM.recordVersion), start: first(fields, STARTED_FROM.start) });
  return parsed.success ? parsed.data : undefined;
}

/** The hidden fields' values of a form opened at `startedFrom`. */
export function startedFromValues(startedFrom: StartedFrom): Record<string, string> {
  return {
    [STARTED_FROM.draftVersion]: startedFrom.draftVersion === null ? "" : String(startedFrom.draftVersion),
    [STARTED_FROM.recordVersion]: startedFrom.recordVersion === null ? "" : String(startedFrom.recordVersion),
    [STARTED_FROM.start]: startedFrom.start === null ? "" : JSON.stringify(startedFrom.start),
  };
}

/** `ok` says the form could be read (the access matrix needs no more); `result` says what became of it. */
export type EditorSave = { ok: true; kind: RecordKind; record: RecordValue; result: SaveResult } | { ok: false };

export async function saveEditorDraft(prisma: PrismaClient, actor: Actor, fields: PostedFields): Promise<EditorSave> {
  const kind = first(fields, "kind");
  const startedFrom = startedFromOf(fields);
  if (!isRecordKind(kind) || !startedFrom) return { ok: false };
  // A part of a record may have a form of its own (`form`, e.g. one supporter of a service): it changes only that part.
  const part = first(fields, "form");
  const name = part === "" ? kind : part.startsWith(`${kind}.`) && Object.hasOwn(RECORD_FORMS, part) ? (part as `${RecordKind}.${string}`) : undefined;
  const form = name === undefined ? undefined : RECORD_FORMS[name];
  if (!form) return { ok: false };
  const record = form.fromForm(startedFrom.start, fields, routing.locales);
  return { ok: true, kind, record, result: await saveDraft(prisma, { kind, data: record, startedFrom, userId: actor.id }) };
}

const stepSchema = z.object({
  kind: z.string().refine(isRecordKind),
  recordId: z.string().min(1).max(200),
  draftVersion: z.coerce.number().int().min(1).max(2_147_483_647),
});

export type EditorStep<R> = { ok: true; kind: RecordKind; recordId: string; result: R } | { ok: false };

export async function publishEditorDraft(prisma: PrismaClient, actor: Actor, fields: PostedFields): Promise<EditorStep<PublishResult>> {
  const step = stepSchema.safeParse({ kind: first(fields, "kind"), recordId: first(fields, "recordId"), draftVersion: first(fields, "draftVersion") });
  if (!step.success) return { ok: false };
  const { recordId, draftVersion } = step.data;
  const kind = step.data.kind as RecordKind;
  const author = { origin: "editor" as const, userId: actor.id, userName: actor.name };
  return { ok: true, kind, recordId, result: await publishDraft(prisma, { kind, recordId, draftVersion, author }) };
}

export async function discardEditorDraft(prisma: PrismaClient, fields: PostedFields): Promise<EditorStep<boolean>> {
  const step = stepSchema.safeParse({ kind: first(fields, "kind"), recordId: first(fields, "recordId"), draftVersion: first(fields, "draftVersion") });
  if (!step.success) return { ok: false };
  const kind = step.data.kind as RecordKind;
  return { ok: true, kind, recordId: step.data.recordId, result: await discardDraft(prisma, { kind, recordId: step.data.recordId, draftVersion: step.data.draftVersion }) };
}
