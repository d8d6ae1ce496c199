import "server-only";
import { dutchDay } from "@/lib/calendar/working-days";
import { publishedCatalogue, textMatches } from "@/lib/catalogue/queries";
import { getPrisma } from "@/lib/db/client";
import { env, OPEN_DATA_LICENCES, type OpenDataLicence } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openCatalogue, type OpenCatalogue } from "./catalogue";

/**
 * Open data reads the catalogue through lib/catalogue/queries.ts only: the published
 * part, cached per catalogue revision there; its HSDS form is built once per such read.
 * Also what the open-data page shows.
 *
 * Kept on globalThis: Next.js bundles each route handler apart, and a module-level
 * cache would build the HSDS form of the catalogue once per API address.
 */
const shared = globalThis as unknown as { __openDataCatalogue?: { db: PrismaClient; revision: number; catalogue: Promise<OpenCatalogue> } };

/** The HSDS form of the published catalogue at `revision` (the caller has just read it). */
export function readOpenCatalogue(db: PrismaClient, revision: number): Promise<OpenCatalogue> {
  const cached = shared.__openDataCatalogue;
  if (cached && cached.db === db && cached.revision === revision) return cached.catalogue;
  const catalogue = publishedCatalogue(db).then(openCatalogue);
  const entry = { db, revision, catalogue };
  shared.__openDataCatalogue = entry;
  // A failed build is not kept: the next request tries again.
  catalogue.catch(() => {
    if (shared.__openDataCatalogue === entry) shared.__openDataCatalogue = undefined;
  });
  return catalogue;
}

/** The services a full-text search finds (the directory's search), with their rank; none when it holds no word. */
export async function searchMatches(db: PrismaClient, text: string | undefined, revision: number): Promise<Map<string, number> | undefined> {
  if (text === undefined) return undefined;
  return (await textMatches(db, text, revision)) ?? new Map();
}

/** The licence as a data package names it (also in the API's root and the JSON download). */
export function openDataLicence(): { name: OpenDataLicence; title: string; path: string } {
  const id = env().openDataLicence;
  return { name: id, title: OPEN_DATA_LICENCES[id].title, path: OPEN_DATA_LICENCES[id].url };
}

/** What the open-data page shows: how much is published, when it last changed (YYYY-MM-DD, Dutch time), the licence. */
export type OpenDataSummary = { services: number; changedOn: string; licence: ReturnType<typeof openDataLicence> };

export async function openDataSummary(): Promise<OpenDataSummary> {
  const published = await publishedCatalogue(await getPrisma());
  return { services: published.stored.services.length, changedOn: dutchDay(published.changedAt), licence: openDataLicence() };
}
