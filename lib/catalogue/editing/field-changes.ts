import { canonical } from "../interchange/compare";

/**
 * Records compared field by field: what history shows, what a conflict shows, and how one
 * person's changes are put on top of another's. Pure.
 *
 * A field is a path of object keys: `status`, `name.nl`, `address.city`,
 * `access_team.name.en`. Objects are followed into; a list is one field (`phones`,
 * `service_at_locations`, `x_supporters`), compared as a whole. Keys of the interchange
 * format and locale codes hold no dot.
 */
export type FieldChange = { field: string; before: unknown; after: unknown };
export type RecordValue = Record<string, unknown>;

const isObject = (value: unknown): value is RecordValue =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Every field of a record with a value, by path. */
export function flattenRecord(record: RecordValue | null | undefined, prefix = "", into = new Map<string, unknown>()): Map<string, unknown> {
  if (!record) return into;
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue;
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (isObject(value)) flattenRecord(value, path, into);
    else into.set(path, value);
  }
  return into;
}

/** A record from its fields by path (the inverse of flattenRecord). */
export function unflattenRecord(fields: ReadonlyMap<string, unknown>): RecordValue {
  const record: RecordValue = {};
  for (const [path, value] of fields) {
    const keys = path.split(".");
    let node = record;
    for (const key of keys.slice(0, -1)) {
      const next = node[key];
      if (isObject(next)) node = next;
      else node = node[key] = {};
    }
    node[keys.at(-1)!] = value;
  }
  return record;
}

/** The fields that differ, in the order of the later record (removed fields after). */
export function fieldChanges(before: RecordValue | null | undefined, after: RecordValue | null | undefined): FieldChange[] {
  const was = flattenRecord(before);
  const now = flattenRecord(after);
  const changes: FieldChange[] = [];
  for (const [field, value] of now) {
    if (!was.has(field)) changes.push({ field, before: null, after: value });
    else if (canonical(was.get(field)) !== canonical(value)) changes.push({ field, before: was.get(field), after: value });
  }
  for (const [field, value] of was) if (!now.has(field)) changes.push({ field, before: value, after: null });
  return changes;
}

export type Rebased = {
  /** `theirs` with every field `mine` changed since `base` set as in `mine`. */
  record: RecordValue;
  /** Fields both changed since `base`, to different values: `mine` wins in `record`, a person must look. */
  overlapping: string[];
};

/**
 * Puts one person's changes (`mine` against `base`, the record they started from) on top
 * of the record as it is now (`theirs`): a three-way merge by field.
 */
export function rebase(base: RecordValue | null, mine: RecordValue, theirs: RecordValue | null): Rebased {
  const fields = flattenRecord(theirs);
  const theirChanges = new Map(fieldChanges(base, theirs).map((c) => [c.field, c]));
  const overlapping: string[] = [];
  for (const change of fieldChanges(base, mine)) {
    const their = theirChanges.get(change.field);
    if (their && canonical(their.after) !== canonical(change.after)) overlapping.push(change.field);
    if (change.after === null) fields.delete(change.field);
    else fields.set(change.field, change.after);
  }
  return { record: unflattenRecord(fields), overlapping };
}
