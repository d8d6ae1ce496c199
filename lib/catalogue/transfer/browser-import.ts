import type { PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import type { ChangeAuthor } from "../interchange/history";
import { importCatalogue, type RecordCounts, type RecordType } from "../interchange/import";
import { previewImport } from "../interchange/preview";
import { getCatalogueRevision } from "../revision";
import {
  claimStaged, importsDir, isToken, purgeStaged, readStaged, readStagedText, releaseStaged, removeStaged, writePreviews, writeStaged,
  type StagedMeta, type StagedPreviews,
} from "./staged";

/**
 * Importing a catalogue file in the browser: upload (staged with its preview), look, then
 * apply or cancel. The import itself is the command line's (`importCatalogue`, one
 * transaction), told the revision the editor saw, so a catalogue changed meanwhile is never
 * overwritten unseen.
 */

/** The largest file accepted: a catalogue of 5,000 services is 30–50 MB. */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

export type Upload = { text: string; fileName: string; replace: boolean };
export type StageResult = { ok: true; token: string } | { ok: false; error: "not_json" };

async function previewsOf(prisma: PrismaClient, json: unknown, replace: boolean): Promise<StagedPreviews> {
  const plain = await previewImport(prisma, json, { replace });
  const refusedForRequests = !plain.ok && plain.requested.length > 0;
  return refusedForRequests ? { plain, kept: await previewImport(prisma, json, { replace, keepRequested: true }) } : { plain };
}

export async function stageImport(prisma: PrismaClient, upload: Upload, uploadedBy: string, dir = importsDir()): Promise<StageResult> {
  await purgeStaged(dir);
  let json: unknown;
  try {
    json = JSON.parse(upload.text);
  } catch {
    return { ok: false, error: "not_json" };
  }
  const previews = await previewsOf(prisma, json, upload.replace);
  const meta: StagedMeta = {
    fileName: upload.fileName.slice(0, 200),
    bytes: Buffer.byteLength(upload.text),
    replace: upload.replace,
    uploadedBy,
    uploadedAt: new Date().toISOString(),
  };
  const token = await writeStaged(dir, upload.text, meta, previews);
  log().info({ event: "catalogue import staged", token, bytes: meta.bytes, ok: previews.plain.ok }, "a catalogue file was uploaded for preview");
  return { ok: true, token };
}

/** A staged import for its page; the preview made again when the catalogue changed since. */
export async function stagedImport(prisma: PrismaClient, token: string, dir = importsDir()) {
  const staged = await readStaged(dir, token);
  if (!staged) return undefined;
  if ((await getCatalogueRevision(prisma)) === staged.previews.plain.revision) return { token, ...staged };
  const text = await readStagedText(dir, token);
  // Being applied right now: the page shows what it had.
  if (text === undefined) return { token, ...staged };
  const previews = await previewsOf(prisma, JSON.parse(text), staged.meta.replace);
  await writePreviews(dir, token, previews);
  return { token, meta: staged.meta, previews };
}

export type ApplyInput = { token: string; revision: number; keep: boolean };
export type ApplyResult =
  | { ok: true; counts: Record<RecordType, RecordCounts> }
  /** gone: applied, cancelled or never there; changed: the catalogue changed since the preview, which is made again. */
  | { ok: false; reason: "gone" | "changed" };

export async function applyStagedImport(prisma: PrismaClient, input: ApplyInput, author: ChangeAuthor, dir = importsDir()): Promise<ApplyResult> {
  if (!isToken(input.token) || !Number.isSafeInteger(input.revision)) return { ok: false, reason: "gone" };
  const staged = await readStaged(dir, input.token);
  if (!staged) return { ok: false, reason: "gone" };
  const text = await claimStaged(dir, input.token);
  if (text === undefined) return { ok: false, reason: "gone" };
  try {
    const json: unknown = JSON.parse(text);
    const result = await importCatalogue(prisma, json, {
      replace: staged.meta.replace,
      keepRequested: input.keep,
      expectedRevision: input.revision,
      author,
    });
    if (result.ok) {
      await removeStaged(dir, input.token);
      log().info({ event: "catalogue import applied", token: input.token }, "a catalogue file was imported in the browser");
      return { ok: true, counts: result.counts };
    }
    await writePreviews(dir, input.token, await previewsOf(prisma, json, staged.meta.replace));
    await releaseStaged(dir, input.token);
    return { ok: false, reason: "changed" };
  } catch (error) {
    await releaseStaged(dir, input.token).catch(() => {});
    throw error;
  }
}

/** Nothing changes in the catalogue; the staged file goes. Cancelling twice is fine. */
export async function cancelStagedImport(token: string, dir = importsDir()): Promise<void> {
  await removeStaged(dir, token);
}
