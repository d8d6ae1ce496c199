import type { Route } from "@/lib/db/owner";

/**
 * The commands speak to a municipal IT colleague in Dutch, English or both: `--lang`,
 * else LANG, else Dutch first and English after it.
 */
export type Bilingual = { nl: string; en: string };
export type Language = "nl" | "en" | "both";

export function languageFrom(flag: string | undefined, lang: string | undefined): Language {
  const choice = (flag ?? lang ?? "").toLowerCase();
  if (choice.startsWith("nl")) return "nl";
  if (choice.startsWith("en")) return "en";
  return "both";
}

export const languagesOf = (language: Language): ("nl" | "en")[] => (language === "both" ? ["nl", "en"] : [language]);

export function say(message: Bilingual, language: Language): string {
  return languagesOf(language)
    .map((lang) => message[lang])
    .join("\n");
}

export const unknownOption: Bilingual = {
  nl: "Deze opdracht kent een van de opties niet, of een optie mist haar waarde.",
  en: "This command does not know one of the options, or an option lacks its value.",
};

/** Where the work ran: a command hands it to the running portal rather than open its database. */
export function routeText(where: Route): Bilingual {
  return where === "here"
    ? { nl: "De database is door deze opdracht geopend.", en: "The database was opened by this command." }
    : {
        nl: `Het portaal (proces ${where.pid}) beheert de database; het werk is daar gedaan.`,
        en: `The portal (process ${where.pid}) owns the database; the work was done there.`,
      };
}
