import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { isStoredPhotoName, removePhotos, storedPhotoName } from "../interchange/photos";
import { DRAFT_PHOTOS, draftPhotoVersion, isDraftPhoto } from "./draft-photo-path";
import type { RecordValue } from "./field-changes";
import type { PhotoType } from "./photo-upload";

/**
 * Supporters' photos of a service's draft. An upload is written under
 * `<uploads>/drafts/<random>.<type>` (not served to residents: their route reads only what
 * the published catalogue names); publishing renames it to its place,
 * `supporters/<supporter id>-<version>.<type>` (`storedPhotoName`, the importer's rule),
 * after the transaction committed. Each upload is a new version, so the record changes with
 * its photo; photos the service no longer uses are removed then. Names are always the
 * server's own, so nothing lands outside the uploads folder.
 */
export const uploadsDir = () => path.join(env().dataDir, "uploads");

type Supporter = { id: string; photo?: string };
const supportersOf = (record: RecordValue | null | undefined): Supporter[] =>
  Array.isArray(record?.x_supporters) ? (record.x_supporters as Supporter[]).filter((p) => typeof p?.id === "string") : [];

/** Draft photos a record names. */
export const draftPhotosOf = (record: RecordValue | null | undefined): string[] =>
  supportersOf(record).flatMap((p) => (isDraftPhoto(p.photo) ? [p.photo] : []));

export async function stageDraftPhoto(bytes: Buffer, type: PhotoType, uploads = uploadsDir()): Promise<string> {
  await fs.mkdir(path.join(uploads, DRAFT_PHOTOS), { recursive: true });
  const name = `${DRAFT_PHOTOS}/${randomBytes(16).toString("hex")}.${type}`;
  await fs.writeFile(path.join(uploads, name), bytes, { flag: "wx", mode: 0o640 });
  return name;
}

/** Removes draft photos (a refused save, a replaced upload, a discarded draft); other names are ignored. */
export async function removeDraftPhotos(names: Iterable<string>, uploads = uploadsDir()): Promise<void> {
  await Promise.all([...names].filter(isDraftPhoto).map((name) => fs.rm(path.join(uploads, name), { force: true })));
}

/** The file of a photo a draft or the catalogue names, inside the uploads folder; undefined for any other name. */
export function photoFile(name: string, uploads = uploadsDir()): string | undefined {
  const root = path.resolve(uploads);
  const file = path.resolve(root, name);
  const inside = isDraftPhoto(name) || isStoredPhotoName(name);
  return inside && file.startsWith(root + path.sep) ? file : undefined;
}

export type PhotoMove = { from: string; to: string };

/** A draft as it is published: each draft photo named by its final place, and the moves that put the files there. */
export function publishablePhotos(data: RecordValue): { data: RecordValue; moves: PhotoMove[] } {
  if (!Array.isArray(data.x_supporters)) return { data, moves: [] };
  const moves: PhotoMove[] = [];
  const supporters = (data.x_supporters as RecordValue[]).map((p) => {
    if (!isDraftPhoto(p.photo) || typeof p.id !== "string") return p;
    const to = storedPhotoName(p.id, p.photo, draftPhotoVersion(p.photo));
    moves.push({ from: p.photo, to });
    return { ...p, photo: to };
  });
  return { data: { ...data, x_supporters: supporters }, moves };
}

/** After a publish committed: photos no longer named go, then uploads move into place. */
export async function placePublishedPhotos(before: RecordValue | null, after: RecordValue, moves: readonly PhotoMove[], uploads = uploadsDir()): Promise<void> {
  const kept = new Set(supportersOf(after).flatMap((p) => (p.photo ? [p.photo] : [])));
  const unused = supportersOf(before).flatMap((p) => (p.photo && !kept.has(p.photo) ? [p.photo] : []));
  await removePhotos(unused, uploads);
  await fs.mkdir(path.join(uploads, "supporters"), { recursive: true });
  for (const move of moves) await fs.rename(path.join(uploads, move.from), path.join(uploads, move.to));
}
