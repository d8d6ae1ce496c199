import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { problem, type Problem } from "../interchange/problems";
import type { RecordValue } from "./field-changes";

type Client = Prisma.TransactionClient | PrismaClient;

/**
 * A term services or supporters refer to cannot go: the database would refuse the
 * delete, and their pages would lose a word. Publishing a taxonomy checks this (merge.ts);
 * saving its draft does too, so the editor hears it at the row they ticked.
 */
export async function termsInUse(tx: Client, terms: { id: string; code: string; taxonomyId: string }[]) {
  if (terms.length === 0) return [];
  const ids = terms.map((t) => t.id);
  const [services, supporters] = [
    await tx.serviceAttribute.groupBy({ by: ["termId"], where: { termId: { in: ids } }, _count: { _all: true } }),
    await tx.supporterLivedExperience.groupBy({ by: ["termId"], where: { termId: { in: ids } }, _count: { _all: true } }),
  ];
  const count = new Map<string, number>();
  for (const row of [...services, ...supporters]) count.set(row.termId, (count.get(row.termId) ?? 0) + row._count._all);
  return terms.flatMap((t) => (count.has(t.id) ? [{ code: t.code, taxonomyId: t.taxonomyId, count: count.get(t.id)! }] : []));
}

/** A taxonomy draft's removed terms that are still in use, as problems at their rows' "remove" boxes. */
export async function removedTermsInUse(db: Client, start: RecordValue | null, record: RecordValue): Promise<Problem[]> {
  if (typeof record.id !== "string" || !Array.isArray(start?.terms)) return [];
  const kept = new Set((Array.isArray(record.terms) ? (record.terms as RecordValue[]) : []).map((t) => t.code));
  const rows = (start.terms as RecordValue[]).flatMap((t, index) => (kept.has(t.code) ? [] : [{ code: String(t.code), index }]));
  if (rows.length === 0) return [];
  const stored = await db.taxonomyTerm.findMany({ where: { taxonomyId: record.id, code: { in: rows.map((r) => r.code) } }, select: { id: true, code: true, taxonomyId: true } });
  const used = await termsInUse(db, stored);
  return used.map((term) => problem("term_in_use", ["terms", rows.find((r) => r.code === term.code)!.index, "remove"], term));
}
