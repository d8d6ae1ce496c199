/**
 * Language names for ISO 639 codes, from the runtime's own CLDR data (Intl), so every
 * language a catalogue may name gets a proper name in Dutch and English without a list
 * of our own. A code the runtime does not know is shown as the code.
 */
const namers = new Map<string, Intl.DisplayNames>();

export function languageName(code: string, locale: string): string {
  let namer = namers.get(locale);
  if (!namer) {
    namer = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    namers.set(locale, namer);
  }
  try {
    const name = namer.of(code) ?? code;
    // Dutch writes language names with a capital; Intl does so too, but be sure for all locales.
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return code;
  }
}
