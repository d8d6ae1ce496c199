import "server-only";
import { publishedCatalogue, textMatches } from "@/lib/catalogue/queries";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openCatalogue, type OpenCatalogue } from "./catalogue";

/**
 * Open data reads the catalogue through lib/catalogue/queries.ts only: the published
 * part, cached per catalogue revision there; its HSDS form is built once per such read.
 */
const built = new WeakMap<object, OpenCatalogue>();

export async function readOpenCatalogue(db: PrismaClient): Promise<OpenCatalogue> {
  const published = await publishedCatalogue(db);
  let open = built.get(published);
  if (!open) {
    open = openCatalogue(published);
    built.set(published, open);
  }
  return open;
}

/** The services a full-text search finds (the directory's search), with their rank; none when it holds no word. */
export async function searchMatches(db: PrismaClient, text: string | undefined, revision: number): Promise<Map<string, number> | undefined> {
  if (text === undefined) return undefined;
  return (await textMatches(db, text, revision)) ?? new Map();
}
