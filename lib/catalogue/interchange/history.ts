import type { ChangeOrigin, Prisma } from "@/lib/generated/prisma/client";
import { fieldChanges, type FieldChange, type RecordValue } from "../editing/field-changes";
import { insertRows } from "./insert-rows";
import { photoPathInDocument } from "./photos";
import type { ImportPlan } from "./plan";
import type { CatalogueDocument } from "./schema";
import type { StoredCatalogue, StoredSupporter, StoredTerm } from "./stored";
import { locationRecord, municipalityRecord, organizationRecord, serviceRecord, supporterRecord, taxonomyRecord } from "./to-document";

/**
 * The history of the catalogue: one `CatalogueChange` per record a published change
 * touched (an editor's, a provider's, an import's), with the fields that differ and the
 * record after it, so any version can be restored. A taxonomy's record holds its terms and
 * a service's its supporters: a changed supporter is a change of its service, and raises
 * its version.
 */
export type ChangeAuthor = { origin: ChangeOrigin; userId: string | null; userName: string | null };
export type RecordKindName = "municipality" | "taxonomy" | "organization" | "location" | "service";
export type RecordedChange = { kind: RecordKindName; recordId: string; version: number; fields: FieldChange[] };

export type Touched = { kind: RecordKindName; key: string; before: RecordValue | null; after: RecordValue | null };

/**
 * Records per batch: each batch's copies, field changes and rows are garbage before the next
 * is made, young enough for the garbage collector to free them cheaply (500 left more behind).
 */
export const HISTORY_BATCH = 100;

export type RecordOptions = {
  /** Return the changes (an editor's merge shows them); an import of thousands does not need them kept. */
  report?: boolean;
  batchSize?: number;
};

export async function recordChanges(
  tx: Prisma.TransactionClient,
  plan: ImportPlan,
  stored: StoredCatalogue,
  document: CatalogueDocument,
  author: ChangeAuthor,
  { report = true, batchSize = HISTORY_BATCH }: RecordOptions = {},
): Promise<RecordedChange[]> {
  const touched = touchedLazily(plan, stored, document);
  if (touched.length === 0) return [];
  await raiseVersions(tx, plan, touched);
  const storedVersion = storedVersions(stored);
  const recorded: RecordedChange[] = [];
  for (let start = 0; start < touched.length; start += batchSize) {
    const batch = touched.slice(start, start + batchSize);
    // Versions after the writes: one query per kind, only this batch's keys.
    const versions = await versionsAfter(tx, batch);
    const rows = batch.flatMap((t) => {
      const { before, after } = t.values();
      const fields = fieldChanges(before, after);
      if (fields.length === 0) return [];
      const version = versions.get(`${t.kind}:${t.key}`) ?? (storedVersion.get(`${t.kind}:${t.key}`) ?? 0) + 1;
      if (report) recorded.push({ kind: t.kind, recordId: t.key, version, fields });
      return [{
        kind: t.kind, recordId: t.key, version, origin: author.origin, userId: author.userId, userName: author.userName,
        fields, snapshot: after,
      }];
    });
    await insertRows(tx, "CatalogueChange", rows);
  }
  return recorded;
}

type Versioned = { key: string; version: number };
const VERSIONS: Record<RecordKindName, (tx: Prisma.TransactionClient, keys: string[]) => Promise<Versioned[]>> = {
  municipality: async (tx, keys) =>
    (await tx.municipality.findMany({ where: { code: { in: keys } }, select: { code: true, version: true } })).map((r) => ({ key: r.code, version: r.version })),
  taxonomy: async (tx, keys) => (await tx.taxonomy.findMany({ where: { id: { in: keys } }, select: { id: true, version: true } })).map((r) => ({ key: r.id, version: r.version })),
  organization: async (tx, keys) => (await tx.organization.findMany({ where: { id: { in: keys } }, select: { id: true, version: true } })).map((r) => ({ key: r.id, version: r.version })),
  location: async (tx, keys) => (await tx.location.findMany({ where: { id: { in: keys } }, select: { id: true, version: true } })).map((r) => ({ key: r.id, version: r.version })),
  service: async (tx, keys) => (await tx.service.findMany({ where: { id: { in: keys } }, select: { id: true, version: true } })).map((r) => ({ key: r.id, version: r.version })),
};

async function versionsAfter(tx: Prisma.TransactionClient, batch: LazyTouched[]): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  for (const kind of Object.keys(VERSIONS) as RecordKindName[]) {
    const keys = batch.filter((t) => t.kind === kind && t.remains).map((t) => t.key);
    if (keys.length === 0) continue;
    for (const row of await VERSIONS[kind](tx, keys)) versions.set(`${kind}:${row.key}`, row.version);
  }
  return versions;
}

/** A record changed only through its children (a term, a supporter) still gets a new version. */
async function raiseVersions(tx: Prisma.TransactionClient, plan: ImportPlan, touched: LazyTouched[]) {
  const written = (diff: { create: { key: string }[]; update: { wanted: { key: string } }[] }) =>
    new Set([...diff.create.map((w) => w.key), ...diff.update.map((c) => c.wanted.key)]);
  const services = written(plan.services.diff);
  const taxonomies = written(plan.taxonomies.diff);
  const viaChildren = (kind: RecordKindName, direct: Set<string>) =>
    touched.filter((t) => t.kind === kind && t.existed && t.remains && !direct.has(t.key)).map((t) => t.key);
  const serviceIds = viaChildren("service", services);
  const taxonomyIds = viaChildren("taxonomy", taxonomies);
  if (serviceIds.length > 0) await tx.service.updateMany({ where: { id: { in: serviceIds } }, data: { version: { increment: 1 } } });
  if (taxonomyIds.length > 0) await tx.taxonomy.updateMany({ where: { id: { in: taxonomyIds } }, data: { version: { increment: 1 } } });
}

function storedVersions(stored: StoredCatalogue): Map<string, number> {
  const versions = new Map<string, number>();
  for (const m of stored.municipalities) versions.set(`municipality:${m.code}`, m.version);
  for (const t of stored.taxonomies) versions.set(`taxonomy:${t.id}`, t.version);
  for (const o of stored.organizations) versions.set(`organization:${o.id}`, o.version);
  for (const l of stored.locations) versions.set(`location:${l.id}`, l.version);
  for (const s of stored.services) versions.set(`service:${s.id}`, s.version);
  return versions;
}

/**
 * Plain JSON in the stored records' form: optional fields that are undefined disappear, and
 * so do empty lists, as the export leaves them out (to-document.ts), so a file's
 * `"x_supporters": []` is no change from a service without.
 */
const plain = <T>(value: T): RecordValue =>
  JSON.parse(JSON.stringify(value, (_key, item: unknown) => (Array.isArray(item) && item.length === 0 ? undefined : item))) as RecordValue;

/** Every record the plan creates, changes or deletes, before and after, in the interchange form. */
export function touchedRecords(plan: ImportPlan, stored: StoredCatalogue, document: CatalogueDocument): Touched[] {
  return touchedLazily(plan, stored, document).map((t) => ({ kind: t.kind, key: t.key, ...t.values() }));
}

/**
 * A touched record whose interchange form (a JSON copy, before and after) is made only when
 * asked: an import touches thousands, and the history writes them a batch at a time.
 */
type LazyTouched = {
  kind: RecordKindName;
  key: string;
  existed: boolean;
  remains: boolean;
  values(): { before: RecordValue | null; after: RecordValue | null };
};

function touchedLazily(plan: ImportPlan, stored: StoredCatalogue, document: CatalogueDocument): LazyTouched[] {
  const changedKeys = (entry: { diff: { create: { key: string }[]; update: { wanted: { key: string } }[] }; delete: string[] }) => ({
    written: new Set([...entry.diff.create.map((w) => w.key), ...entry.diff.update.map((c) => c.wanted.key)]),
    deleted: new Set(entry.delete),
  });
  const termsOf = new Map<string, StoredTerm[]>();
  for (const term of stored.terms.values()) termsOf.set(term.taxonomyId, [...(termsOf.get(term.taxonomyId) ?? []), term]);
  const supportersOf = new Map<string, StoredSupporter[]>();
  for (const p of stored.supporters) supportersOf.set(p.serviceId, [...(supportersOf.get(p.serviceId) ?? []), p]);
  const supporterService = new Map(stored.supporters.map((p) => [p.id, p.serviceId]));

  const touched: LazyTouched[] = [];
  const collect = <S, D>(
    kind: RecordKindName,
    keys: { written: Set<string>; deleted: Set<string> },
    storedRows: S[],
    storedKey: (row: S) => string,
    storedRecord: (row: S) => unknown,
    docRows: D[],
    docKey: (row: D) => string,
  ) => {
    const before = new Map(storedRows.map((row) => [storedKey(row), row]));
    const after = new Map(docRows.map((row) => [docKey(row), row]));
    for (const key of [...keys.written, ...keys.deleted]) {
      const was = before.get(key);
      const now = keys.deleted.has(key) ? undefined : after.get(key);
      touched.push({
        kind, key, existed: was !== undefined, remains: now !== undefined,
        values: () => ({ before: was === undefined ? null : plain(storedRecord(was)), after: now === undefined ? null : plain(now) }),
      });
    }
  };

  collect("municipality", changedKeys(plan.municipalities), stored.municipalities, (m) => m.code, municipalityRecord, document.municipalities, (m) => m.code);
  const taxonomyKeys = changedKeys(plan.taxonomies);
  for (const w of [...plan.terms.diff.create.map((c) => c.key), ...plan.terms.diff.update.map((c) => c.wanted.key), ...plan.terms.delete]) {
    taxonomyKeys.written.add(w.split(":")[0]!);
  }
  for (const key of taxonomyKeys.deleted) taxonomyKeys.written.delete(key);
  collect("taxonomy", taxonomyKeys, stored.taxonomies, (t) => t.id, (t) => taxonomyRecord(t, termsOf.get(t.id) ?? []), document.taxonomies, (t) => t.id);
  collect("organization", changedKeys(plan.organizations), stored.organizations, (o) => o.id, organizationRecord, document.organizations, (o) => o.id);
  collect("location", changedKeys(plan.locations), stored.locations, (l) => l.id, locationRecord, document.locations, (l) => l.id);
  const serviceKeys = changedKeys(plan.services);
  const documentSupporters = new Map(document.services.flatMap((s) => (s.x_supporters ?? []).map((p) => [p.id, s.id] as const)));
  for (const key of [...plan.supporters.diff.create.map((c) => c.key), ...plan.supporters.diff.update.map((c) => c.wanted.key)]) {
    const service = documentSupporters.get(key);
    if (service !== undefined) serviceKeys.written.add(service);
  }
  for (const key of plan.supporters.delete) {
    const service = supporterService.get(key);
    if (service !== undefined && !serviceKeys.deleted.has(service)) serviceKeys.written.add(service);
  }
  collect("service", serviceKeys, stored.services, (s) => s.id, (s) => serviceRecord(s, (supportersOf.get(s.id) ?? []).map((p) => supporterRecord(p, photoPathInDocument(p.photo)))), document.services, (s) => s.id);
  return touched;
}
