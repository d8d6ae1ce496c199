import { vocabularyLabel } from "../labels";
import type { FieldChange } from "./field-changes";

/**
 * A changed field in words, for history, conflicts and import previews: its label
 * ("Naam (Engels)", "Plaats" of an address) and its values ("ja", "(leeg)", "3 regels").
 * The words come from `messages/editor` (namespaces `EditorFields` and `Editor`); the
 * translators are passed in, so this stays pure.
 */
type Translate = (key: string, values?: Record<string, string | number>) => string;
export type FieldWords = { label: string; before: string; after: string };

const LOCALE_CODE = /^[a-z]{2,3}$/u;
/** Interchange keys that are two or three lower-case letters but no language. */
const NOT_A_LANGUAGE = new Set(["id", "url", "uri", "bio"]);

export function fieldLabel(fields: Translate, has: (key: string) => boolean, path: string, locale: string): string {
  const segments = path.split(".").filter((segment) => !/^\d+$/u.test(segment));
  const last = segments.at(-1) ?? "";
  const language = segments.length > 1 && LOCALE_CODE.test(last) && !NOT_A_LANGUAGE.has(last) ? segments.pop() : undefined;
  const joined = segments.join("_");
  const key = has(joined) ? joined : has(segments[0] ?? "") ? segments[0]! : "other";
  const label = fields(key);
  return language === undefined ? label : fields("inLanguage", { field: label, language: vocabularyLabel(locale, "language", language) });
}

export function fieldValue(editor: Translate, value: unknown): string {
  if (value === null || value === undefined || value === "") return editor("empty");
  if (typeof value === "boolean") return editor(value ? "yes" : "no");
  if (Array.isArray(value)) {
    if (value.length === 0) return editor("empty");
    if (value.every((item) => typeof item === "string" || typeof item === "number")) return value.join(", ");
    return editor("items", { count: value.length });
  }
  if (typeof value === "object") return editor("items", { count: Object.keys(value).length });
  return String(value);
}

export function fieldWords(fields: Translate, has: (key: string) => boolean, editor: Translate, change: FieldChange, locale: string): FieldWords {
  return { label: fieldLabel(fields, has, change.field, locale), before: fieldValue(editor, change.before), after: fieldValue(editor, change.after) };
}
