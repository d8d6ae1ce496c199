import type { CatalogueRecordKind } from "@/lib/generated/prisma/client";
import { location, municipality, organization, service, taxonomy } from "../interchange/schema";
import type { StoreScope } from "../interchange/stored";

/**
 * The records an editor changes one at a time, each with its zod schema (the importer's
 * own, so a form and a file are checked by the same rules), its list in a catalogue
 * document, and its key. A taxonomy holds its terms, a service its supporters, schedules
 * and places.
 */
export const RECORD_KINDS = ["municipality", "taxonomy", "organization", "location", "service"] as const satisfies readonly CatalogueRecordKind[];
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_SCHEMAS = { municipality, taxonomy, organization, location, service } as const;

/** The list of a catalogue document that holds records of a kind. */
export const DOCUMENT_LIST = {
  municipality: "municipalities",
  taxonomy: "taxonomies",
  organization: "organizations",
  location: "locations",
  service: "services",
} as const satisfies Record<RecordKind, keyof StoreScope>;

export const isRecordKind = (value: unknown): value is RecordKind =>
  typeof value === "string" && (RECORD_KINDS as readonly string[]).includes(value);

/** A record's key in the interchange form: a municipality's `code`, every other record's `id`. */
export function recordKey(kind: RecordKind, record: Record<string, unknown>): string | undefined {
  const key = kind === "municipality" ? record.code : record.id;
  if (typeof key !== "string") return undefined;
  return kind === "municipality" || kind === "taxonomy" ? key : key.toLowerCase();
}

/** A scope of one kind's records, for `loadStored`. */
export function scopeOf(kind: RecordKind, keys: readonly string[]): StoreScope {
  const scope: StoreScope = { municipalities: [], taxonomies: [], organizations: [], locations: [], services: [] };
  return { ...scope, [DOCUMENT_LIST[kind]]: keys };
}
