import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { noteCatalogueChanged } from "../freshness";
import type { ChangeAuthor, RecordedChange } from "../interchange/history";
import { applyPlan } from "../interchange/import";
import { planImport } from "../interchange/plan";
import { problem, type Problem } from "../interchange/problems";
import { loadStored } from "../interchange/stored";
import { validateRecords } from "../interchange/validate";
import { knownRecords } from "./records";
import { termsInUse } from "./terms-in-use";

export type { ChangeAuthor, RecordedChange } from "../interchange/history";

export type MergeResult = { ok: true; changes: RecordedChange[] } | { ok: false; problems: Problem[] };

/** One editor's save or publish: short, and it must not wait long for another. */
export const EDIT_TRANSACTION = { timeout: 30_000, maxWait: 10_000, isolationLevel: "RepeatableRead" as const };

/**
 * Publishes some records (a partial catalogue document: an editor's draft, a provider's
 * availability) in the caller's transaction, through the importer's own checks and writer
 * (`applyPlan`): the same zod schema, references checked against the database, only what
 * differs written, each changed record a new version and a line in the history, the
 * search documents of the services concerned, one catalogue revision more.
 * Records not in the document are never touched; a service brings its whole list of
 * supporters. After the transaction commits, call `noteCatalogueChanged()` (or use
 * `publishRecords`), so this process shows the change at once.
 */
export async function mergeRecords(tx: Prisma.TransactionClient, input: unknown, author: ChangeAuthor): Promise<MergeResult> {
  const validation = validateRecords(input, await knownRecords(tx, input));
  if (!validation.ok) return validation;
  const document = validation.document;
  const stored = await loadStored(tx, {
    municipalities: document.municipalities.map((m) => m.code),
    taxonomies: document.taxonomies.map((t) => t.id),
    organizations: document.organizations.map((o) => o.id),
    locations: document.locations.map((l) => l.id),
    services: document.services.map((s) => s.id),
  });
  const plan = planImport(document, stored, { replace: false, keepPositions: true });
  // A taxonomy lists all its terms, as a service lists all its supporters: others stored under it go.
  const listed = new Set(document.taxonomies.map((t) => t.id));
  const dropped = plan.terms.diff.absent.filter((ref) => listed.has(stored.terms.get(ref)?.taxonomyId ?? ""));
  const inUse = await termsInUse(tx, dropped.map((ref) => stored.terms.get(ref)!));
  if (inUse.length > 0) {
    return { ok: false, problems: inUse.map((term) => problem("term_in_use", ["taxonomies", document.taxonomies.findIndex((t) => t.id === term.taxonomyId), "terms"], term)) };
  }
  return { ok: true, changes: await applyPlan(tx, { ...plan, terms: { ...plan.terms, delete: dropped } }, stored, document, author) };
}

/** `mergeRecords` in a transaction of its own. */
export async function publishRecords(prisma: PrismaClient, input: unknown, author: ChangeAuthor): Promise<MergeResult> {
  const result = await prisma.$transaction((tx) => mergeRecords(tx, input, author), EDIT_TRANSACTION);
  if (result.ok && result.changes.length > 0) noteCatalogueChanged();
  return result;
}
