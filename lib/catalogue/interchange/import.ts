import path from "node:path";
import { env } from "@/lib/env";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { noteCatalogueChanged } from "../freshness";
import { bumpCatalogueRevision, getCatalogueRevision } from "../revision";
import { refreshSearchIndex } from "../search-index";
import { recordChanges, type ChangeAuthor, type RecordedChange, type RecordOptions } from "./history";
import type { ImportPlan } from "./plan";
import { planAgainstDatabase } from "./planned";
import { commitPhotos, discardPhotos, readPhotos, removePhotos, stagePhotos, withStoredPhotoNames, type StagedPhoto } from "./photos";
import { problem, type Problem } from "./problems";
import type { StoredCatalogue } from "./stored";
import type { CatalogueDocument } from "./schema";
import { validateCatalogue } from "./validate";
import { writeVocabulariesAndPlaces } from "./write-places";
import { writeDeletions, writeServices } from "./write-services";

export const RECORD_TYPES = ["municipalities", "taxonomies", "terms", "organizations", "locations", "services", "supporters"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
export type RecordCounts = { created: number; updated: number; unchanged: number; deleted: number };

export type ImportResult =
  | { ok: true; counts: Record<RecordType, RecordCounts>; photosCopied: number }
  | { ok: false; problems: Problem[] };

export type ImportOptions = {
  /** Afterwards the database holds exactly the document's catalogue. */
  replace?: boolean;
  /** Folder of the catalogue file; photos are read relative to it. Without it no photo files are copied. */
  sourceDir?: string;
  /** Where photos go; defaults to DATA_DIR/uploads. */
  uploadsDir?: string;
  /** Who imports, for the history; the command line is "an import" without a person. */
  author?: ChangeAuthor;
  /** With `replace`: keep what contact requests point at (services as `defunct`) instead of refusing (keep-requested.ts). */
  keepRequested?: boolean;
  /**
   * The catalogue revision a preview was made at: when the catalogue changed since, nothing
   * is written and the one problem is `catalogue_changed` (the editor looks at the preview again).
   */
  expectedRevision?: number;
};

const COMMAND_LINE: ChangeAuthor = { origin: "import", userId: null, userName: null };

// Generous: a large catalogue on a slow disk must not be cut off half way (it would roll back anyway).
// Repeatable read: the comparison sees one snapshot, and an editor's change made meanwhile to a row
// the import also writes makes the import fail instead of being overwritten unseen.
const TRANSACTION = { timeout: 10 * 60_000, maxWait: 30_000, isolationLevel: "RepeatableRead" as const };

/**
 * Imports a catalogue document (raw JSON is fine: it is validated first) all or
 * nothing. Records are matched by id (municipalities by code, terms by
 * taxonomy and code); only records that really differ are written and get a new
 * version, so importing the same file twice changes nothing.
 */
export async function importCatalogue(
  prisma: PrismaClient,
  input: unknown,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const validation = validateCatalogue(input);
  if (!validation.ok) return validation;
  let { document } = validation;

  // Read only when photos are handled, so callers without photos need no DATA_DIR.
  const uploadsDir = () => options.uploadsDir ?? path.join(env().dataDir, "uploads");
  let staged: StagedPhoto[] = [];
  if (options.sourceDir !== undefined) {
    const photos = await readPhotos(document, options.sourceDir);
    if (photos.problems.length > 0) return { ok: false, problems: photos.problems };
    if (photos.photos.length > 0) staged = await stagePhotos(photos.photos, uploadsDir());
    document = withStoredPhotoNames(document, photos.photos);
  }

  try {
    const outcome = await prisma.$transaction(async (tx) => {
      // Read first, so the rest of this transaction sees the catalogue of that revision.
      if (options.expectedRevision !== undefined && (await getCatalogueRevision(tx)) !== options.expectedRevision) {
        return { problems: [problem("catalogue_changed", [])] };
      }
      // Before any write: a refusal leaves the database as it was.
      const planned = await planAgainstDatabase(tx, document, { replace: options.replace ?? false, keepRequested: options.keepRequested });
      if (!planned.ok) return { problems: planned.problems };
      const { plan, stored } = planned;
      await applyPlan(tx, plan, stored, planned.document, options.author ?? COMMAND_LINE, { report: false });
      return { plan, unusedPhotos: photosNoLongerUsed(plan, stored), problems: undefined };
    }, TRANSACTION);
    if (outcome.problems) {
      await discardPhotos(staged);
      return { ok: false, problems: outcome.problems };
    }
    const { plan, unusedPhotos } = outcome;
    // Committed: this process's next revision check asks the database (freshness.ts).
    if (changesAnything(plan)) noteCatalogueChanged();
    await commitPhotos(staged);
    if (unusedPhotos.length > 0) await removePhotos(unusedPhotos, uploadsDir());
    return { ok: true, counts: countsOf(plan), photosCopied: staged.length };
  } catch (error) {
    await discardPhotos(staged);
    throw error;
  }
}

/**
 * Writes a plan in the caller's transaction: the records, their history, the search
 * documents of the services it can change, and one catalogue revision more. The one
 * writer of the catalogue, for a whole file and for an editor's change of one record.
 * Returns the records whose fields changed (a plan may write a record whose only change
 * is its place in the order: that is no change to anyone); with `report: false`, none.
 */
export async function applyPlan(
  tx: Prisma.TransactionClient,
  plan: ImportPlan,
  stored: StoredCatalogue,
  document: CatalogueDocument,
  author: ChangeAuthor,
  { report = true }: Pick<RecordOptions, "report"> = {},
): Promise<RecordedChange[]> {
  const termIds = await writeVocabulariesAndPlaces(tx, plan, stored);
  await writeServices(tx, plan, termIds);
  await writeDeletions(tx, plan, termIds);
  if (!changesAnything(plan)) return [];
  const recorded = await recordChanges(tx, plan, stored, document, author, { report });
  // Any change (a term's name, an organization, a supporter) can alter what a service is
  // found by, and cached pages must refresh: both happen in this same transaction.
  await refreshSearchIndex(tx, await servicesToIndex(tx, plan, stored));
  await bumpCatalogueRevision(tx);
  return recorded;
}

/**
 * The services whose search documents a plan can change: those written, those whose
 * supporters were, and every service of a changed organization. Undefined, all of them:
 * a vocabulary changed, whose names services are found by.
 */
async function servicesToIndex(tx: Prisma.TransactionClient, plan: ImportPlan, stored: StoredCatalogue): Promise<string[] | undefined> {
  const wrote = (entry: { diff: { create: unknown[]; update: unknown[] }; delete: unknown[] }) =>
    entry.diff.create.length + entry.diff.update.length + entry.delete.length > 0;
  if (wrote(plan.terms) || wrote(plan.taxonomies)) return undefined;
  const ids = new Set([...plan.services.diff.create.map((w) => w.key), ...plan.services.diff.update.map((c) => c.wanted.key)]);
  for (const w of plan.supporters.diff.create) ids.add(w.columns.serviceId);
  for (const c of plan.supporters.diff.update) ids.add(c.wanted.columns.serviceId);
  const supporterService = new Map(stored.supporters.map((p) => [p.id, p.serviceId]));
  for (const id of plan.supporters.delete) {
    const service = supporterService.get(id);
    if (service !== undefined) ids.add(service);
  }
  const organizations = plan.organizations.diff.update.map((c) => c.wanted.key);
  if (organizations.length > 0) {
    const theirs = await tx.service.findMany({ where: { organizationId: { in: organizations } }, select: { id: true } });
    for (const row of theirs) ids.add(row.id);
  }
  for (const id of plan.services.delete) ids.delete(id);
  return [...ids];
}

function changesAnything(plan: ImportPlan): boolean {
  return Object.values(countsOf(plan)).some((c) => c.created + c.updated + c.deleted > 0);
}

export function countsOf(plan: ImportPlan): Record<RecordType, RecordCounts> {
  const entries = RECORD_TYPES.map((type) => {
    const { diff, delete: deleted } = plan[type];
    return [type, { created: diff.create.length, updated: diff.update.length, unchanged: diff.unchanged, deleted: deleted.length }];
  });
  return Object.fromEntries(entries) as Record<RecordType, RecordCounts>;
}

/** Photos of deleted supporters, and earlier photos a supporter no longer points at. */
function photosNoLongerUsed(plan: ImportPlan, stored: StoredCatalogue): string[] {
  const before = new Map(stored.supporters.map((p) => [p.id, p.photo]));
  const unused = plan.supporters.delete.map((id) => before.get(id));
  for (const change of plan.supporters.diff.update) {
    const old = before.get(change.wanted.key);
    if (old !== change.wanted.columns.photo) unused.push(old);
  }
  return unused.filter((name): name is string => typeof name === "string");
}
