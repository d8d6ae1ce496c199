import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import type { ImportPreview } from "../interchange/preview";

/**
 * Uploaded catalogue files waiting for an editor's choice, under DATA_DIR/imports: the file
 * as uploaded, what the editor chose and the preview, each named after a random token
 * (never a name the user gave), readable by the portal only. Files older than a day go.
 */
export const STAGED_HOURS = 24;
const TOKEN = /^[0-9a-f]{32}$/u;

export type StagedMeta = { fileName: string; bytes: number; replace: boolean; uploadedBy: string; uploadedAt: string };
/** The preview as the file is, and, when it would remove what contact requests point at, with those kept. */
export type StagedPreviews = { plain: ImportPreview; kept?: ImportPreview };

export const importsDir = (): string => path.join(env().dataDir, "imports");
export const isToken = (value: unknown): value is string => typeof value === "string" && TOKEN.test(value);

const file = (dir: string, token: string, part: "json" | "meta" | "preview" | "applying") =>
  path.join(dir, part === "json" ? `${token}.json` : `${token}.${part}.json`);

async function writePrivate(target: string, text: string): Promise<void> {
  // Whole or not at all: a reader never sees half a file.
  const temporary = `${target}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temporary, text, { mode: 0o600 });
  await rename(temporary, target);
}

export async function writeStaged(dir: string, text: string, meta: StagedMeta, previews: StagedPreviews): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const token = randomBytes(16).toString("hex");
  await writePrivate(file(dir, token, "json"), text);
  await writePrivate(file(dir, token, "meta"), JSON.stringify(meta));
  await writePrivate(file(dir, token, "preview"), JSON.stringify(previews));
  return token;
}

async function readText(target: string): Promise<string | undefined> {
  try {
    return await readFile(target, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

async function readJson<T>(target: string): Promise<T | undefined> {
  const text = await readText(target);
  return text === undefined ? undefined : (JSON.parse(text) as T);
}

/** What was chosen and previewed; undefined when the token is unknown, applied or cancelled. */
export async function readStaged(dir: string, token: string): Promise<{ meta: StagedMeta; previews: StagedPreviews } | undefined> {
  if (!isToken(token)) return undefined;
  const [meta, previews] = [await readJson<StagedMeta>(file(dir, token, "meta")), await readJson<StagedPreviews>(file(dir, token, "preview"))];
  return meta && previews ? { meta, previews } : undefined;
}

/** The uploaded file; undefined when it is gone or being applied. */
export async function readStagedText(dir: string, token: string): Promise<string | undefined> {
  return isToken(token) ? readText(file(dir, token, "json")) : undefined;
}

export async function writePreviews(dir: string, token: string, previews: StagedPreviews): Promise<void> {
  await writePrivate(file(dir, token, "preview"), JSON.stringify(previews));
}

/**
 * Takes the uploaded file for applying: one rename, which only one request can win, so a
 * double submit or a back-button resubmit never imports twice. Undefined: already taken,
 * applied or cancelled.
 */
export async function claimStaged(dir: string, token: string): Promise<string | undefined> {
  if (!isToken(token)) return undefined;
  try {
    await rename(file(dir, token, "json"), file(dir, token, "applying"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  return readFile(file(dir, token, "applying"), "utf8");
}

/** Gives a claimed file back (the import was refused): the editor can choose again. */
export async function releaseStaged(dir: string, token: string): Promise<void> {
  await rename(file(dir, token, "applying"), file(dir, token, "json"));
}

export async function removeStaged(dir: string, token: string): Promise<void> {
  if (!isToken(token)) return;
  for (const part of ["json", "meta", "preview", "applying"] as const) await rm(file(dir, token, part), { force: true });
}

/** Removes what was staged more than STAGED_HOURS ago (and half-written leftovers). */
export async function purgeStaged(dir: string, now = new Date()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw error;
  }
  const limit = now.getTime() - STAGED_HOURS * 3_600_000;
  let removed = 0;
  for (const name of names) {
    const target = path.join(dir, name);
    const info = await stat(target).catch(() => undefined);
    if (info?.isFile() && info.mtimeMs < limit) {
      await rm(target, { force: true });
      removed++;
    }
  }
  return removed;
}
