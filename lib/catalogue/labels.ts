import { messagesByLocale } from "@/messages";

/**
 * The one label source for the standard vocabularies: the portal's own UI strings
 * (messages/catalogue/<locale>.json, kinds in messages/<locale>.json "Kinds"), written at
 * B1 level and the same on every page. The catalogue's own term names are not shown for
 * these codes; they feed the search index. A language code the portal has no name for
 * gets the runtime's CLDR name (Intl), and an unknown code is shown as itself.
 */
export type VocabularyGroup = "kind" | "domain" | "targetGroup" | "attending" | "livedExperience" | "language";

type Locale = keyof typeof messagesByLocale;
const namers = new Map<string, Intl.DisplayNames>();

function cldrLanguageName(code: string, locale: string): string {
  let namer = namers.get(locale);
  if (!namer) {
    namer = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    namers.set(locale, namer);
  }
  try {
    const name = namer.of(code) ?? code;
    return name === code ? code : name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return code;
  }
}

export function vocabularyLabel(locale: string, group: VocabularyGroup, code: string): string {
  const messages = messagesByLocale[(locale in messagesByLocale ? locale : "nl") as Locale];
  if (group === "kind") {
    const kinds = messages.Kinds as Record<string, { title: string } | undefined>;
    return (kinds[code] ?? kinds.unknown)?.title ?? code;
  }
  const label = (messages.Vocabulary[group] as Record<string, string | undefined>)[code];
  if (label !== undefined) return label;
  return group === "language" ? cldrLanguageName(code, locale) : code;
}
