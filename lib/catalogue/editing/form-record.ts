import type { Problem } from "../interchange/problems";
import type { RecordValue } from "./field-changes";

/**
 * Edit forms and records in the interchange form, both ways. Pure.
 *
 * A form field is named by its path in the record: `name`, `name.nl`, `address.city`,
 * a row of a list `phones.0.number`. A record becomes form values (`formValues`) to fill
 * a form; posted fields (every value of a name, `formFields` in lib/actions/form-input.ts)
 * become a record again through the readers below, starting from the record the form
 * was opened with, so fields a form does not show are kept as they were. An importer
 * problem's place (`$.phones[0].number`) is the name of the field it is about
 * (`problemField`).
 */
export type PostedFields = Readonly<Record<string, readonly string[]>>;

/** The one value of a field, trimmed; undefined when empty or absent. */
export function readText(fields: PostedFields, name: string): string | undefined {
  const value = fields[name]?.[0]?.trim();
  return value ? value : undefined;
}

/** A localised text from `name.<locale>` fields: empty languages left out; undefined when all are empty. */
export function readLocalised(fields: PostedFields, name: string, locales: readonly string[]): Record<string, string> | undefined {
  const entries = locales.flatMap((locale) => {
    const value = readText(fields, `${name}.${locale}`);
    return value === undefined ? [] : [[locale, value] as const];
  });
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/**
 * A whole number, or the text as typed when it is not one (the record's schema then
 * refuses it with its own message at the field); undefined when empty.
 */
export function readInteger(fields: PostedFields, name: string): number | string | undefined {
  const value = readText(fields, name);
  if (value === undefined) return undefined;
  return /^-?\d{1,10}$/u.test(value) ? Number(value) : value;
}

/** A decimal number (a coordinate), or the text as typed when it is not one. */
export function readNumber(fields: PostedFields, name: string): number | string | undefined {
  const value = readText(fields, name)?.replace(",", ".");
  if (value === undefined) return undefined;
  return /^-?\d+(\.\d+)?$/u.test(value) ? Number(value) : value;
}

/** A yes/no choice posted as "ja"/"nee" (radio buttons): undefined when neither. */
export function readYesNo(fields: PostedFields, name: string): boolean | undefined {
  const value = readText(fields, name);
  return value === "ja" ? true : value === "nee" ? false : undefined;
}

/** A checkbox: true when ticked. */
export function readChecked(fields: PostedFields, name: string): boolean {
  return (fields[name] ?? []).length > 0;
}

/** Every ticked value of a group of checkboxes, each once, in order. */
export function readChoices(fields: PostedFields, name: string): string[] {
  return [...new Set((fields[name] ?? []).map((v) => v.trim()).filter(Boolean))];
}

/**
 * The rows of a list posted as `<name>.<index>.<key>` fields, in index order: each row
 * read by `row` from its own fields (names relative to the row); rows where every field
 * is empty are left out (a form always offers an empty row to add one, without JavaScript).
 */
export function readRows<T>(fields: PostedFields, name: string, row: (own: PostedFields) => T | undefined): T[] {
  const prefix = `${name}.`;
  const byIndex = new Map<number, Record<string, string[]>>();
  for (const [field, values] of Object.entries(fields)) {
    if (!field.startsWith(prefix)) continue;
    const match = /^(\d{1,4})\.(.+)$/u.exec(field.slice(prefix.length));
    if (!match) continue;
    const index = Number(match[1]);
    const own = byIndex.get(index) ?? {};
    own[match[2]!] = [...values];
    byIndex.set(index, own);
  }
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([, own]) => (Object.values(own).some((values) => values.some((v) => v.trim() !== "")) ? [row(own)] : []))
    .filter((value): value is T => value !== undefined);
}

/** A record without the keys whose value is undefined (the interchange form never holds null). */
export function compact(record: Record<string, unknown>): RecordValue {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/**
 * A record as form values by path: objects followed into, lists of objects by index
 * (`phones.0.number`), lists of plain values joined by a comma, booleans "ja"/"nee".
 */
export function formValues(record: RecordValue | null | undefined, prefix = "", into: Record<string, string> = {}): Record<string, string> {
  if (!record) return into;
  for (const [key, value] of Object.entries(record)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.every((item) => item !== null && typeof item === "object" && !Array.isArray(item))) {
        value.forEach((item, index) => formValues(item as RecordValue, `${path}.${index}`, into));
      } else into[path] = value.join(",");
    } else if (typeof value === "object") formValues(value as RecordValue, path, into);
    else if (typeof value === "boolean") into[path] = value ? "ja" : "nee";
    else into[path] = String(value);
  }
  return into;
}

/** The form field an importer problem is about: `$.phones[0].number` → `phones.0.number`. */
export function problemField(problem: Pick<Problem, "path">): string {
  return problem.path.replace(/^\$\.?/u, "").replace(/\[(\d+)\]/gu, ".$1");
}
