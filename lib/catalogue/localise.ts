/**
 * Catalogue text is stored in every language the catalogue gives ({nl, en, …}); Dutch
 * is the one every entry is guaranteed to have.
 */
export const FALLBACK_LANG = "nl";

/** A piece of catalogue text and the language it is really in. */
export type LocalisedText = { text: string; lang: string };

function textIn(value: unknown, lang: string): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const text = (value as Record<string, unknown>)[lang];
  return typeof text === "string" && text.trim() !== "" ? text : undefined;
}

/**
 * Picks the visitor's language and falls back to Dutch. `lang` tells which one was used,
 * so the page can mark Dutch text inside an English page with lang="nl" and a screen
 * reader reads it with a Dutch voice.
 */
export function localise(value: unknown, locale: string): LocalisedText | undefined {
  const wanted = textIn(value, locale);
  if (wanted !== undefined) return { text: wanted, lang: locale };
  const fallback = textIn(value, FALLBACK_LANG);
  return fallback === undefined ? undefined : { text: fallback, lang: FALLBACK_LANG };
}
