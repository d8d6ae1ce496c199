import { problemsFromIssues, type Problem } from "./problems";
import { checkReferences, type KnownRecords } from "./references";
import { catalogueDocument, recordsDocument, type CatalogueDocument } from "./schema";

export type { KnownRecords } from "./references";

export type { Problem } from "./problems";

export type ValidationResult =
  | { ok: true; document: CatalogueDocument }
  | { ok: false; problems: Problem[] };

/**
 * Checks a catalogue file completely: its shape (schema.ts) and the references
 * between its records (references.ts). All problems are collected, so a policy
 * officer can fix the whole file in one go instead of one fault per attempt.
 */
export function validateCatalogue(json: unknown): ValidationResult {
  const parsed = catalogueDocument.safeParse(json);
  const problems = parsed.success ? [] : problemsFromIssues(parsed.error.issues, json);
  const faults = new Set(problems.map((p) => p.path));
  problems.push(...checkReferences(json, faults));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: sortByPosition(problems, json) };
  return { ok: true, document: parsed.data };
}

/**
 * Checks a partial document: some records of the catalogue (an editor's change, a
 * provider's availability), with the same shape rules as a whole file, whose references
 * may also point at records the database already holds (`known`). The result is a whole
 * document with the lists it does not hold left empty.
 */
export function validateRecords(json: unknown, known: KnownRecords): ValidationResult {
  const parsed = recordsDocument.safeParse(json);
  const problems = parsed.success ? [] : problemsFromIssues(parsed.error.issues, json);
  const faults = new Set(problems.map((p) => p.path));
  problems.push(...checkReferences(json, faults, known));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: sortByPosition(problems, json) };
  return { ok: true, document: parsed.data };
}

/** File order reads best: problems follow the document from top to bottom. */
function sortByPosition(problems: Problem[], json: unknown): Problem[] {
  const topLevel = json !== null && typeof json === "object" ? Object.keys(json) : [];
  const rank = (path: string) => {
    const key = /^\$\.([A-Za-z_]+)/u.exec(path)?.[1] ?? "";
    const index = topLevel.indexOf(key);
    return index === -1 ? -1 : index;
  };
  const indices = (path: string) => [...path.matchAll(/\[(\d+)\]/gu)].map((m) => Number(m[1]));
  return problems
    .map((p, order) => ({ p, order, rank: rank(p.path), idx: indices(p.path) }))
    .sort((a, b) => a.rank - b.rank || compareIndices(a.idx, b.idx) || a.order - b.order)
    .map(({ p }) => p);
}

function compareIndices(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
