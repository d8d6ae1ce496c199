import { localised } from "@/lib/catalogue/interchange/to-document";
import type * as Db from "@/lib/generated/prisma/client";

/**
 * HSDS text fields are plain strings; the catalogue keeps every text in each language it
 * has. The HSDS field carries the Dutch text, and the other languages follow in the
 * profile's extension `x_translations`: `{ "en": { "name": "…", "description": "…" } }`.
 */
/** An HSDS object as the API sends it. */
export type HsdsRecord = Record<string, unknown>;

/** A calendar date as HSDS writes it (YYYY-MM-DD). */
export const isoDay = (value: Date | null) => (value === null ? undefined : value.toISOString().slice(0, 10));

export type Translations = Record<string, Record<string, string>>;

export function texts(fields: Record<string, Db.Prisma.JsonValue | null>): Record<string, string | Translations> {
  const out: Record<string, string> = {};
  const translations: Translations = {};
  for (const [field, value] of Object.entries(fields)) {
    const text = localised(value);
    if (!text) continue;
    if (text.nl.trim()) out[field] = text.nl;
    for (const [locale, translated] of Object.entries(text)) {
      if (locale !== "nl" && translated?.trim()) (translations[locale] ??= {})[field] = translated;
    }
  }
  return Object.keys(translations).length > 0 ? { ...out, x_translations: translations } : out;
}

/** The Dutch text of one value, for a field HSDS requires. */
export function dutch(value: Db.Prisma.JsonValue | null): string | undefined {
  const text = localised(value)?.nl;
  return text?.trim() ? text : undefined;
}

/** Leaves out what is empty: HSDS optional fields are absent, never null or an empty list. */
export function present<T extends Record<string, unknown>>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as T;
}
