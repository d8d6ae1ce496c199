import type * as Db from "@/lib/generated/prisma/client";

import { changeMark, noteRevisionConfirmed, recentlyConfirmedRevision } from "./freshness";

type Client = Db.Prisma.TransactionClient | Db.PrismaClient;

/** How long a revision the database confirmed is taken as current without asking again. */
export const REVISION_REUSE_MS = 1000;

/**
 * The catalogue's revision: one number that goes up with every change. Caches of public
 * pages are keyed by it, so a change made by any process (an import through the owner
 * channel, an editor) is visible on the next request, and nothing stale is served.
 */
export async function getCatalogueRevision(db: Client): Promise<number> {
  const rows = await db.$queryRaw<{ revision: number }[]>`select "revision" from "CatalogueState" where "id" = 1`;
  return Number(rows[0]?.revision ?? 0);
}

/**
 * The revision, read from the database at most once per REVISION_REUSE_MS: a burst of
 * requests costs one query. A change through another server is seen after at most that
 * window; a change this process made (an import) at once. Conditional GET asks it for the
 * version of a page, and ./queries.ts for the revision to read the catalogue at.
 */
export async function recentCatalogueRevision(db: Client, now = () => new Date()): Promise<number> {
  const kept = recentlyConfirmedRevision(REVISION_REUSE_MS, now(), db);
  if (kept !== undefined) return kept;
  const mark = changeMark();
  const revision = await getCatalogueRevision(db);
  noteRevisionConfirmed(revision, mark, now(), db);
  return revision;
}

/** Call inside the transaction that changes the catalogue. */
export async function bumpCatalogueRevision(db: Client): Promise<number> {
  const rows = await db.$queryRaw<{ revision: number }[]>`
    insert into "CatalogueState" ("id", "revision", "changedAt") values (1, 1, now())
    on conflict ("id") do update set "revision" = "CatalogueState"."revision" + 1, "changedAt" = now()
    returning "revision"`;
  return Number(rows[0]?.revision ?? 0);
}

/** The revision and when the catalogue last changed (the date open data shows). */
export async function getCatalogueState(db: Client): Promise<{ revision: number; changedAt: Date }> {
  const rows = await db.$queryRaw<{ revision: number; changedAt: Date }[]>`select "revision", "changedAt" from "CatalogueState" where "id" = 1`;
  const row = rows[0];
  return { revision: Number(row?.revision ?? 0), changedAt: row ? new Date(row.changedAt) : new Date(0) };
}
