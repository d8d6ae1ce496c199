/**
 * Pure functions that turn catalogue records into what a resident page shows.
 * No database and no React here, so every rule is tested on its own (view.test.ts).
 */

/** A municipality as a filter offers it. */
export type MunicipalityView = { code: string; name: string };

/** The Dutch text is the one every catalogue entry is guaranteed to have. */
export const FALLBACK_LANG = "nl";

/** A piece of catalogue text and the language it is really in. */
export type LocalisedText = { text: string; lang: string };

function textIn(value: unknown, lang: string): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const text = (value as Record<string, unknown>)[lang];
  return typeof text === "string" && text.trim() !== "" ? text : undefined;
}

/**
 * Picks the visitor's language from a localised Json value ({nl, en, …}) and falls back
 * to Dutch. `lang` tells which one was used, so the page can mark Dutch text inside an
 * English page with lang="nl" and a screen reader reads it with a Dutch voice.
 */
export function localise(value: unknown, locale: string): LocalisedText | undefined {
  const wanted = textIn(value, locale);
  if (wanted !== undefined) return { text: wanted, lang: locale };
  const fallback = textIn(value, FALLBACK_LANG);
  return fallback === undefined ? undefined : { text: fallback, lang: FALLBACK_LANG };
}

export type Independence =
  | { independent: true }
  | { independent: false; reason: "care-provider" | "access-team"; organisationName: string };

type IndependenceFacts = { name: string; isCareProvider: boolean; isAccessTeam: boolean };

/**
 * The Wmo asks for client support that is independent of whoever decides on or delivers
 * care. The wijkteam decides on provisions, so it is named first when both flags are set.
 */
export function independence(organisation: IndependenceFacts): Independence {
  if (organisation.isAccessTeam) {
    return { independent: false, reason: "access-team", organisationName: organisation.name };
  }
  if (organisation.isCareProvider) {
    return { independent: false, reason: "care-provider", organisationName: organisation.name };
  }
  return { independent: true };
}

/** The co-kind vocabulary, in the order a resident page lists them. */
export const KINDS = ["formal", "experience-expert", "volunteer"] as const;
export type Kind = (typeof KINDS)[number];
export const KIND_TAXONOMY = "co-kind";

type AttributeTerm = { taxonomyId: string; code: string };

function isKind(code: string): code is Kind {
  return (KINDS as readonly string[]).includes(code);
}

/** Who gives the support, from a service's attributes; undefined when the catalogue has no known kind. */
export function kindOf(attributes: readonly AttributeTerm[]): Kind | undefined {
  const term = attributes.find((attribute) => attribute.taxonomyId === KIND_TAXONOMY && isKind(attribute.code));
  return term === undefined ? undefined : (term.code as Kind);
}

/** CBS municipality codes look like GM0344; anything else in a URL is ignored. */
export function parseMunicipalityCode(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== "string") return undefined;
  const code = first.trim().toUpperCase();
  return /^GM\d{4}$/.test(code) ? code : undefined;
}
