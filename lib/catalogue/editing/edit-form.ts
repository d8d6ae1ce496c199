import { z } from "zod";
import { routing } from "@/i18n/routing";
import { errorFields, log } from "@/lib/log";
import type { Actor } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { MAX_PHOTO_BYTES } from "../interchange/photos";
import { problem } from "../interchange/problems";
import { draftPhotosOf, placePublishedPhotos, publishablePhotos, removeDraftPhotos, stageDraftPhoto, uploadsDir, type PhotoMove } from "./draft-photos";
import type { RecordValue } from "./field-changes";
import { discardDraft, findDraft, publishDraft, saveDraft, type PublishResult, type SaveResult, type StartedFrom } from "./drafts";
import { formValues, type PostedFields } from "./form-record";
import { RECORD_FORMS } from "./forms";
import { isRecordKind, type RecordKind } from "./kinds";
import { preparePhoto } from "./photo-upload";
import { publishedRecord } from "./records";
import { removedTermsInUse } from "./terms-in-use";

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
export type EditorSave =
  | {
      ok: true;
      kind: RecordKind;
      record: RecordValue;
      result: SaveResult;
      path?: string;
      /** A record as this form's fields (after a refused save: the record with one's own changes on top). */
      formValuesOf: (record: RecordValue) => Record<string, string>;
    }
  | { ok: false };

/** Files posted with a form, by field name (a supporter's photo: `x_supporters.<index>.photo`). */
export type PostedFiles = Readonly<Record<string, File>>;
/** A posted edit form: its text fields and its files. */
export type EditorPost = { fields: PostedFields; files?: PostedFiles };

const PHOTO_FIELD = /^x_supporters\.(\d{1,4})\.photo$/u;

/**
 * The photos posted with a supporter's form, checked and staged as draft photos: the
 * fields then hold the staged names (a `photo` text someone posted is dropped: a photo's
 * name is always the server's). A refused file is a problem at its field.
 */
async function stagePhotos(fields: PostedFields, files: PostedFiles, uploads: string) {
  const posted: Record<string, readonly string[]> = Object.fromEntries(Object.entries(fields).filter(([name]) => !PHOTO_FIELD.test(name)));
  const staged: string[] = [];
  for (const [name, file] of Object.entries(files)) {
    const at = PHOTO_FIELD.exec(name);
    if (!at || file.size === 0) continue;
    const path = ["x_supporters", Number(at[1]), "photo"];
    // Too large is known from the size alone: such a file is not read.
    const prepared = file.size > MAX_PHOTO_BYTES ? ({ ok: false, code: "photo_too_large", megabytes: file.size / 1024 / 1024 } as const) : await preparePhoto(new Uint8Array(await file.arrayBuffer()));
    if (!prepared.ok) {
      await removeDraftPhotos(staged, uploads);
      return { ok: false as const, problems: [problem(prepared.code, path, { megabytes: prepared.megabytes ?? 0 })] };
    }
    const stored = await stageDraftPhoto(prepared.bytes, prepared.type, uploads);
    staged.push(stored);
    posted[name] = [stored];
  }
  return { ok: true as const, fields: posted, staged };
}

export async function saveEditorDraft(prisma: PrismaClient, actor: Actor, fields: PostedFields, files: PostedFiles = {}, uploads = uploadsDir()): Promise<EditorSave> {
  const kind = first(fields, "kind");
  const startedFrom = startedFromOf(fields);
  if (!isRecordKind(kind) || !startedFrom) return { ok: false };
  // A part of a record may have a form of its own (`form`, e.g. one supporter of a service): it changes only that part.
  const part = first(fields, "form");
  const name = part === "" ? kind : part.startsWith(`${kind}.`) && Object.hasOwn(RECORD_FORMS, part) ? (part as `${RecordKind}.${string}`) : undefined;
  const form = name === undefined ? undefined : RECORD_FORMS[name];
  if (!form) return { ok: false };
  const photos = name === "service.supporter" ? await stagePhotos(fields, files, uploads) : { ok: true as const, fields, staged: [] };
  // Repeated fields (checkbox groups) go back as one comma-joined value, as the form kit reads them.
  const formValuesOf = (shown: RecordValue) =>
    form.toForm ? Object.fromEntries(Object.entries(form.toForm(shown)).map(([field, values]) => [field, values.join(",")])) : formValues(shown);
  if (!photos.ok) return { ok: true, kind, record: startedFrom.start ?? {}, result: photos, formValuesOf };
  const record = form.fromForm(startedFrom.start, photos.fields, routing.locales);
  const inUse = kind === "taxonomy" ? await removedTermsInUse(prisma, startedFrom.start, record) : [];
  if (inUse.length > 0) return { ok: true, kind, record, result: { ok: false, problems: inUse }, formValuesOf };
  const result = await saveDraft(prisma, { kind, data: record, startedFrom, userId: actor.id });
  // A refused save keeps nothing it uploaded; a saved one lets go of the draft photos it replaced.
  const used = new Set(draftPhotosOf(result.ok ? record : startedFrom.start));
  await removeDraftPhotos([...photos.staged, ...draftPhotosOf(startedFrom.start)].filter((photo) => !used.has(photo)), uploads);
  return { ok: true, kind, record, result, path: form.savedPath?.(record, photos.fields), formValuesOf };
}

const stepSchema = z.object({
  kind: z.string().refine(isRecordKind),
  recordId: z.string().min(1).max(200),
  draftVersion: z.coerce.number().int().min(1).max(2_147_483_647),
});

/** `photoNotPlaced`: the publish committed, but a new photo could not be moved into place (logged). */
export type EditorStep<R> = { ok: true; kind: RecordKind; recordId: string; result: R; photoNotPlaced?: true } | { ok: false };

export async function publishEditorDraft(prisma: PrismaClient, actor: Actor, fields: PostedFields, uploads = uploadsDir()): Promise<EditorStep<PublishResult>> {
  const step = stepSchema.safeParse({ kind: first(fields, "kind"), recordId: first(fields, "recordId"), draftVersion: first(fields, "draftVersion") });
  if (!step.success) return { ok: false };
  const { recordId, draftVersion } = step.data;
  const kind = step.data.kind as RecordKind;
  const author = { origin: "editor" as const, userId: actor.id, userName: actor.name };
  if (kind !== "service") return { ok: true, kind, recordId, result: await publishDraft(prisma, { kind, recordId, draftVersion, author }) };
  // A service's supporters' photos: uploads move into place once the publish committed.
  const before = await publishedRecord(prisma, kind, recordId);
  let published: { data: RecordValue; moves: PhotoMove[] } | undefined;
  const prepare = (data: RecordValue) => (published = publishablePhotos(data)).data;
  const result = await publishDraft(prisma, { kind, recordId, draftVersion, author, prepare });
  if (result.ok && published) {
    try {
      await placePublishedPhotos(before?.record ?? null, published.data, published.moves, uploads);
    } catch (error) {
      // The publish stands (it committed): the editor is told to choose the photo again, not that it failed.
      log().error({ event: "photo not placed", kind, recordId, moves: published.moves.length, ...errorFields(error) }, "a published photo could not be moved into place");
      return { ok: true, kind, recordId, result, photoNotPlaced: true };
    }
  }
  return { ok: true, kind, recordId, result };
}

export async function discardEditorDraft(prisma: PrismaClient, fields: PostedFields, uploads = uploadsDir()): Promise<EditorStep<boolean>> {
  const step = stepSchema.safeParse({ kind: first(fields, "kind"), recordId: first(fields, "recordId"), draftVersion: first(fields, "draftVersion") });
  if (!step.success) return { ok: false };
  const kind = step.data.kind as RecordKind;
  const draft = kind === "service" ? await findDraft(prisma, kind, step.data.recordId) : null;
  const result = await discardDraft(prisma, { kind, recordId: step.data.recordId, draftVersion: step.data.draftVersion });
  if (result && draft) await removeDraftPhotos(draftPhotosOf(draft.data), uploads);
  return { ok: true, kind, recordId: step.data.recordId, result };
}
