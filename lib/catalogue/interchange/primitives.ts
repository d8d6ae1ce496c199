import { z } from "zod";

/**
 * Building blocks of the catalogue format, each mirroring a `$defs` entry of
 * shared/catalogue/schema.json. The error text of every check is a problem code
 * (see messages.ts), so a form, the importer and the API all show the same
 * plain-language message instead of zod's technical one.
 */

// The `u` flag matches how JSON Schema validators (ajv) compile `pattern`.
const re = (source: string) => new RegExp(source, "u");

export const patterns = {
  uuid: re("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"),
  slug: re("^[a-z0-9]+(-[a-z0-9]+)*$"),
  termRef: re("^[a-z0-9]+(-[a-z0-9]+)*:[a-z0-9]+(-[a-z0-9]+)*$"),
  livedExperienceRef: re("^co-lived-experience:[a-z0-9]+(-[a-z0-9]+)*$"),
  municipalityCode: re("^GM\\d{4}$"),
  tooiUri: re("^https://identifier\\.overheid\\.nl/tooi/id/gemeente/gm\\d{4}$"),
  date: re("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"),
  dateTime: re(
    "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$",
  ),
  time: re("^([01]\\d|2[0-3]):[0-5]\\d$"),
  email: re("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
  url: re("^https?://[^\\s]+$"),
  languageCode: re("^[a-z]{2,3}$"),
  localeKey: re("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"),
  nonEmpty: re("\\S"),
  phone: re("^\\+?[0-9][0-9 ()-]{4,22}[0-9]$"),
  kvk: re("^\\d{8}$"),
  byday: re("^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)(,([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU))*$"),
  bydayWeekly: re("^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$"),
  photoPath: re("^(?![/\\\\])(?!.*\\.\\.)(?!.*:)[^\\s\\\\]+$"),
  postalCode: re("^[1-9]\\d{3} ?[A-Z]{2}$"),
  country: re("^[A-Z]{2}$"),
} as const;

/** True when a YYYY-MM-DD string names a day that exists (no 2026-02-31). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const text = (pattern: RegExp, code: string) => z.string().regex(pattern, { error: code });

// PostgreSQL stores UUIDs in lower case: normalising here keeps ids comparable on re-import.
export const uuid = text(patterns.uuid, "format_uuid").overwrite((id) => id.toLowerCase());
export const slug = text(patterns.slug, "format_slug");
export const termRef = text(patterns.termRef, "format_term_ref");
export const municipalityCode = text(patterns.municipalityCode, "format_municipality_code");
export const nonEmptyText = text(patterns.nonEmpty, "empty_text");
export const email = text(patterns.email, "format_email");
export const url = text(patterns.url, "format_url");
export const time = text(patterns.time, "format_time");
export const phoneNumber = text(patterns.phone, "format_phone");
export const languageCode = text(patterns.languageCode, "format_language");

// A value that is not even shaped like a date gets only the format problem, not a second one.
export const date = text(patterns.date, "format_date").refine((v) => !patterns.date.test(v) || isCalendarDate(v), {
  error: "calendar_date",
});
export const dateTime = text(patterns.dateTime, "format_date_time").refine(
  (v) => !patterns.dateTime.test(v) || isCalendarDate(v),
  { error: "calendar_date" },
);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Cross-field checks run even when a sibling field already failed, so one pass
 * reports every fault of a record. Such checks must therefore guard their input.
 */
export const always = { when: () => true } as const;

/** A list whose items must all differ (JSON Schema `uniqueItems`); `keyOf` sees unvalidated input. */
export function uniqueList<T extends z.ZodType>(item: T, keyOf: (value: unknown) => unknown = (v) => v) {
  return z.array(item).superRefine((items: unknown, ctx) => {
    if (!Array.isArray(items)) return;
    const seen = new Map<string, number>();
    items.forEach((value, index) => {
      const key = JSON.stringify(keyOf(value)) ?? "undefined";
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else ctx.addIssue({ code: "custom", message: "duplicate_item", path: [index], params: { first } });
    });
  }, always);
}

export const languageCodes = uniqueList(languageCode);

/**
 * Text keyed by locale, `nl` always present and not blank; other locales are
 * optional and fall back to `nl` when shown.
 */
export const localisedText = z
  .object({ nl: nonEmptyText })
  .catchall(z.string())
  .superRefine((value: unknown, ctx) => {
    if (!isRecord(value)) return;
    for (const key of Object.keys(value)) {
      if (!patterns.localeKey.test(key)) {
        ctx.addIssue({ code: "custom", message: "format_locale", path: [key], params: { key } });
      }
    }
  }, always);
export type LocalisedText = z.output<typeof localisedText>;

export const phoneType = z.enum(["voice", "text", "video", "textphone"]);

export const phone = z.object({
  number: phoneNumber,
  type: phoneType.optional(),
  description: localisedText.optional(),
});
export type Phone = z.output<typeof phone>;
