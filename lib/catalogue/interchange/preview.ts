import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fieldChanges } from "../editing/field-changes";
import { getCatalogueRevision } from "../revision";
import { touchedRecords, type RecordKindName } from "./history";
import { countsOf, type RecordCounts, type RecordType } from "./import";
import { planAgainstDatabase, type PlanChoices } from "./planned";
import type { Problem } from "./problems";
import type { RequestedRecord } from "./still-requested";
import { validateCatalogue } from "./validate";

/** A field as the preview shows it: its path and both values as short text. */
export type PreviewField = { field: string; before: string | null; after: string | null };
/** One record an import adds, changes or removes: its key, its name in every language it has, and for a change the fields. */
export type PreviewRecord = { key: string; name: Record<string, string>; fields: PreviewField[] };
export type PreviewKind = { added: PreviewRecord[]; changed: PreviewRecord[]; removed: PreviewRecord[] };

export const PREVIEW_KINDS = ["municipality", "taxonomy", "organization", "location", "service"] as const satisfies readonly RecordKindName[];

export type ImportPreview =
  | { ok: false; revision: number; problems: Problem[]; requested: RequestedRecord[] }
  | {
      ok: true;
      revision: number;
      records: Record<RecordKindName, PreviewKind>;
      /** Services and organisations kept because contact requests point at them (services as `defunct`). */
      kept: RequestedRecord[];
      counts: Record<RecordType, RecordCounts>;
    };

/** Long values are cut: a preview lists what changes, the file holds the whole text. */
const SHOWN_CHARACTERS = 200;

function shown(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS - 1)}…` : text;
}

function nameOf(record: Record<string, unknown> | null): Record<string, string> {
  const name = record?.name ?? record?.display_name;
  if (typeof name === "string") return { nl: name };
  if (name !== null && typeof name === "object") {
    return Object.fromEntries(Object.entries(name).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  }
  return {};
}

/**
 * What importing a file would do, worked out without writing anything: the importer's own
 * validation and plan (planned.ts) in a read-only transaction, per record kind the records
 * added, changed (with their fields) and removed, and the revision it was made at, so the
 * import can refuse when the catalogue changed since (`expectedRevision`).
 */
export async function previewImport(prisma: PrismaClient, json: unknown, choices: PlanChoices): Promise<ImportPreview> {
  const validation = validateCatalogue(json);
  return prisma.$transaction(
    async (tx) => {
      // Nothing a preview does can write: PostgreSQL refuses it in this transaction.
      await tx.$executeRawUnsafe("SET TRANSACTION READ ONLY");
      const revision = await getCatalogueRevision(tx);
      if (!validation.ok) return { ok: false as const, revision, problems: validation.problems, requested: [] };
      const planned = await planAgainstDatabase(tx, validation.document, choices);
      if (!planned.ok) return { ok: false as const, revision, problems: planned.problems, requested: planned.requested };
      const records = Object.fromEntries(PREVIEW_KINDS.map((kind) => [kind, { added: [], changed: [], removed: [] }])) as unknown as Record<RecordKindName, PreviewKind>;
      for (const touched of touchedRecords(planned.plan, planned.stored, planned.document)) {
        const entry = { key: touched.key, name: nameOf(touched.after ?? touched.before), fields: [] as PreviewField[] };
        const group = records[touched.kind];
        if (touched.before === null) group.added.push(entry);
        else if (touched.after === null) group.removed.push(entry);
        else {
          // A record written only for its place in the order changes nothing anyone sees.
          entry.fields = fieldChanges(touched.before, touched.after).map((c) => ({ field: c.field, before: shown(c.before), after: shown(c.after) }));
          if (entry.fields.length > 0) group.changed.push(entry);
        }
      }
      return { ok: true as const, revision, records, kept: planned.kept, counts: countsOf(planned.plan) };
    },
    { timeout: 10 * 60_000, maxWait: 30_000, isolationLevel: "RepeatableRead" },
  );
}
