import type { Prisma } from "@/lib/generated/prisma/client";
import { keepRequestedRecords } from "./keep-requested";
import { planImport, type ImportPlan } from "./plan";
import type { Problem } from "./problems";
import type { CatalogueDocument } from "./schema";
import { loadStored, type StoredCatalogue } from "./stored";
import { requestedRecords, stillRequestedProblems, type RequestedRecord } from "./still-requested";
import { validateCatalogue } from "./validate";

export type PlanChoices = {
  replace: boolean;
  /** Keep what contact requests point at (services as `defunct`) instead of refusing to delete it. */
  keepRequested?: boolean;
};

export type Planned =
  | { ok: true; stored: StoredCatalogue; document: CatalogueDocument; plan: ImportPlan; kept: RequestedRecord[] }
  | { ok: false; problems: Problem[]; requested: RequestedRecord[] };

/**
 * A document planned against the catalogue as the caller's transaction sees it: the one
 * path of the import and of its preview, so a preview shows exactly what the import does.
 * Refused when it would delete a record contact requests point at, unless those are kept.
 */
export async function planAgainstDatabase(tx: Prisma.TransactionClient, document: CatalogueDocument, choices: PlanChoices): Promise<Planned> {
  const stored = await loadStored(tx);
  const plan = planImport(document, stored, { replace: choices.replace });
  const requested = await requestedRecords(tx, plan, stored);
  if (requested.length === 0) return { ok: true, stored, document, plan, kept: [] };
  if (!choices.keepRequested) return { ok: false, problems: stillRequestedProblems(requested), requested };
  const validation = validateCatalogue(keepRequestedRecords(document, stored, requested));
  if (!validation.ok) return { ok: false, problems: validation.problems, requested };
  const keptPlan = planImport(validation.document, stored, { replace: choices.replace });
  const still = await requestedRecords(tx, keptPlan, stored);
  if (still.length > 0) return { ok: false, problems: stillRequestedProblems(still), requested: still };
  return { ok: true, stored, document: validation.document, plan: keptPlan, kept: requested };
}
