import { z } from "zod";
import { idSchema } from "./ids";
import { ATTENDING_CODES, DOMAIN_CODES, KIND_CODES, TARGET_GROUP_CODES } from "./vocabulary";

/**
 * The URL parameters the directory, the staff lookup, the leaflet and the vraagwijzer
 * share: one schema per parameter, Dutch names in every locale, so a shared link works
 * for everyone and means the same on every page.
 */
const flag = z.enum(["1", "ja", "true", "yes"]).transform(() => true as const);

export const MAX_AGE = 120;

/** The directory's orders: the default, the soonest walk-in, the shortest waiting time. */
export const SORT_CODES = ["relevantie", "inloop", "wachttijd"] as const;
export type SortCode = (typeof SORT_CODES)[number];

/** How many services the compare page puts side by side. */
export const MAX_COMPARE = 3;

export const urlParams = {
  /** A CBS municipality code (GM0344), also typed in lower case. */
  gemeente: z.string().trim().toUpperCase().regex(/^GM\d{4}$/),
  soort: z.enum(KIND_CODES),
  domein: z.enum(DOMAIN_CODES),
  doelgroep: z.enum(TARGET_GROUP_CODES),
  /** An ISO 639 code (two or three letters): a catalogue may offer any language. */
  taal: z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/),
  contact: z.enum(ATTENDING_CODES),
  leeftijd: z.coerce.number().int().min(0).max(MAX_AGE),
  onafhankelijk: flag,
  /** Accepting new clients now: the service says so and is not temporarily closed. */
  nieuw: flag,
  q: z.string().trim().min(1).max(200),
  pagina: z.coerce.number().int().min(1).max(10_000),
  sorteer: z.enum(SORT_CODES),
  /** A service chosen to compare (repeated for each); kept by every directory link until the compare page. */
  vergelijk: idSchema.transform((id) => id.toLowerCase()),
} as const;

export type UrlParamName = keyof typeof urlParams;

/** URLSearchParams, or Next.js `searchParams`. */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** Every value given for a parameter, in order (a repeated parameter gives several). */
export function valuesOf(params: RawParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : [value].flat();
}

/** A CBS municipality code from any URL value, or undefined. */
export function parseMunicipalityCode(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== "string") return undefined;
  const parsed = urlParams.gemeente.safeParse(first);
  return parsed.success ? parsed.data : undefined;
}
