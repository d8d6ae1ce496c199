import { messagesByLocale } from "@/messages";
import type { ExplainedCredentialCode } from "./vocabulary";

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

/** The portal's own one-sentence explanation of a quality mark (BCMB, Registerplein), in the visitor's language. */
export function credentialExplanation(locale: string, code: ExplainedCredentialCode): string {
  const messages = messagesByLocale[(locale in messagesByLocale ? locale : "nl") as Locale];
  return messages.Vocabulary.credentialExplanation[code];
}

/** How catalogues write the genders they name (PROFILE.md: free text), in Dutch or English. */
const GENDER_WORDS: Record<string, "woman" | "man" | "non-binary"> = {
  vrouw: "woman",
  woman: "woman",
  female: "woman",
  man: "man",
  male: "man",
  "non-binair": "non-binary",
  "non-binary": "non-binary",
  nonbinary: "non-binary",
};

/** A supporter's gender in the visitor's language; other free text is shown as the catalogue wrote it. */
export function genderLabel(locale: string, value: string): string {
  const code = GENDER_WORDS[value.trim().toLocaleLowerCase("nl")];
  const messages = messagesByLocale[(locale in messagesByLocale ? locale : "nl") as Locale];
  return code ? messages.Vocabulary.gender[code] : value;
}
