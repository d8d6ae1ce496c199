import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { problem, type Problem } from "./problems";
import type { CatalogueDocument } from "./schema";

/**
 * Supporter photos travel as files next to the catalogue file. They are checked
 * (inside the catalogue's folder, at most 2 MB, really an image) before anything
 * is written, copied to a temporary name beside their final place, and only
 * renamed into place once the database transaction has committed: a failed
 * import leaves neither rows nor photos behind.
 */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
const SUPPORTERS = "supporters";

export type PhotoSource = { supporterId: string; file: string; bytes: Buffer; storedName: string };
export type StagedPhoto = { temp: string; final: string };

/** After `supporters/<supporter id>`: the version, if any, and the type. */
const STORED_TAIL = /^(?:-[0-9a-f]{12})?\.(?:jpg|jpeg|png|webp)$/u;

/** The version of a photo's content: the first 12 hexadecimal digits of its SHA-256. */
export const photoVersion = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex").slice(0, 12);

/**
 * The photo's name inside the uploads folder: `supporters/<supporter id>-<version><ext>`.
 * Another photo gets another name, so the supporter's record changes with it (a line in
 * the history, fresh pages) and the old file can go; the same photo keeps its name, so
 * importing a file twice changes nothing. A name already in this form for this supporter
 * (from an export, or the record an editor opened) is kept. Without a version it is
 * `supporters/<supporter id><ext>`, as photos were named before versions.
 */
export function storedPhotoName(supporterId: string, documentPath: string, version?: string): string {
  const own = `${SUPPORTERS}/${supporterId}`;
  if (version === undefined && documentPath.startsWith(own) && STORED_TAIL.test(documentPath.slice(own.length))) return documentPath;
  return `${own}${version === undefined ? "" : `-${version}`}${path.extname(documentPath).toLowerCase()}`;
}

/** A name `storedPhotoName` gives, for a supporter id in the catalogue's form (a UUID). */
export function isStoredPhotoName(name: string): boolean {
  const id = /^supporters\/([0-9a-f-]{36})/u.exec(name)?.[1];
  return id !== undefined && STORED_TAIL.test(name.slice(`${SUPPORTERS}/${id}`.length));
}

/** The document as the import writes it: each photo read from the catalogue's folder named by its place in the uploads. */
export function withStoredPhotoNames(document: CatalogueDocument, photos: readonly PhotoSource[]): CatalogueDocument {
  if (photos.length === 0) return document;
  const names = new Map(photos.map((photo) => [photo.supporterId, photo.storedName]));
  return {
    ...document,
    services: document.services.map((service) =>
      service.x_supporters?.some((supporter) => names.has(supporter.id))
        ? { ...service, x_supporters: service.x_supporters.map((supporter) => (names.has(supporter.id) ? { ...supporter, photo: names.get(supporter.id)! } : supporter)) }
        : service,
    ),
  };
}

/** In an exported file a photo is referred to by its uploads name; the export script copies it beside the file. */
export function photoPathInDocument(storedName: string | null): string | undefined {
  return storedName ?? undefined;
}

function looksLikeImage(bytes: Buffer): boolean {
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const webp = bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP";
  return jpeg || png || webp;
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

/** Reads and checks every photo the document names; problems point at the `photo` field. */
export async function readPhotos(
  document: CatalogueDocument,
  sourceDir: string,
): Promise<{ problems: Problem[]; photos: PhotoSource[] }> {
  const problems: Problem[] = [];
  const photos: PhotoSource[] = [];
  const root = await fs.realpath(sourceDir).catch(() => path.resolve(sourceDir));
  for (const [i, service] of document.services.entries()) {
    for (const [j, supporter] of (service.x_supporters ?? []).entries()) {
      if (supporter.photo === undefined) continue;
      const at = ["services", i, "x_supporters", j, "photo"];
      // realpath follows symbolic links, so a link cannot smuggle in a file from elsewhere.
      const file = await fs.realpath(path.join(root, supporter.photo)).catch(() => undefined);
      const stat = file && isInside(root, file) ? await fs.stat(file).catch(() => undefined) : undefined;
      if (!file || !stat?.isFile()) {
        problems.push(problem("photo_missing", at, { file: supporter.photo }));
      } else if (stat.size > MAX_PHOTO_BYTES) {
        problems.push(problem("photo_too_large", at, { megabytes: stat.size / 1024 / 1024 }));
      } else {
        const bytes = await fs.readFile(file);
        if (!looksLikeImage(bytes)) problems.push(problem("photo_not_image", at));
        else photos.push({ supporterId: supporter.id, file, bytes, storedName: storedPhotoName(supporter.id, supporter.photo, photoVersion(bytes)) });
      }
    }
  }
  return { problems, photos };
}

/** Writes photos under temporary names; a photo identical to the one in place is skipped. */
export async function stagePhotos(photos: PhotoSource[], uploadsDir: string): Promise<StagedPhoto[]> {
  await fs.mkdir(path.join(uploadsDir, SUPPORTERS), { recursive: true });
  const staged: StagedPhoto[] = [];
  try {
    for (const photo of photos) {
      const final = path.join(uploadsDir, photo.storedName);
      const current = await fs.readFile(final).catch(() => undefined);
      if (current?.equals(photo.bytes)) continue;
      const temp = `${final}.${randomBytes(6).toString("hex")}.tmp`;
      staged.push({ temp, final });
      await fs.writeFile(temp, photo.bytes, { flag: "wx" });
    }
  } catch (error) {
    await discardPhotos(staged);
    throw error;
  }
  return staged;
}

export async function commitPhotos(staged: StagedPhoto[]): Promise<void> {
  for (const { temp, final } of staged) await fs.rename(temp, final);
}

export async function discardPhotos(staged: StagedPhoto[]): Promise<void> {
  await Promise.all(staged.map(({ temp }) => fs.rm(temp, { force: true })));
}

/**
 * Removes photos the catalogue no longer refers to (a deleted supporter, a replaced
 * photo): pictures of people are not kept without need.
 */
export async function removePhotos(storedNames: Iterable<string>, uploadsDir: string): Promise<void> {
  for (const name of storedNames) {
    const file = path.join(uploadsDir, name);
    if (isInside(path.join(uploadsDir, SUPPORTERS), file)) await fs.rm(file, { force: true });
  }
}
