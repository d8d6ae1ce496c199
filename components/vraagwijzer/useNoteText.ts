import { useLocale, useTranslations } from "next-intl";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { Note } from "@/lib/matching/types";

type Key = Parameters<ReturnType<typeof useTranslations<"VraagwijzerReason">>>[0];
type CaveatKey = Parameters<ReturnType<typeof useTranslations<"VraagwijzerCaveat">>>[0];

/**
 * Turns matching's reasons and caveats (message keys with codes) into plain words in the
 * page's language: codes such as "tr" or "money-debt" become "Turks" or "Geld en schulden".
 */
export function useNoteText(serviceNames: ReadonlyMap<string, string>) {
  const tReason = useTranslations("VraagwijzerReason");
  const tCaveat = useTranslations("VraagwijzerCaveat");
  const locale = useLocale();
  const tWay = useTranslations("VraagwijzerReasonWay");

  function values(params: Note["params"] = {}) {
    const out: Record<string, string | number> = { ...params };
    if (typeof params.domain === "string") out.domain = vocabularyLabel(locale, "domain", params.domain);
    if (typeof params.language === "string") out.language = vocabularyLabel(locale, "language", params.language);
    if (typeof params.group === "string") out.group = vocabularyLabel(locale, "targetGroup", params.group);
    if (typeof params.experience === "string") out.experience = vocabularyLabel(locale, "livedExperience", params.experience);
    return out;
  }

  return {
    reason(note: Note): string {
      if (note.key === "attending") return tWay(String(note.params?.way) as never);
      return tReason(note.key as Key, values(note.params) as never);
    },
    caveat(note: Note): string {
      if (note.key === "informalWithBackup") {
        const backup = serviceNames.get(String(note.params?.backupId));
        return backup === undefined ? tCaveat("informal") : tCaveat("informalWithBackup", { backup });
      }
      return tCaveat(note.key as CaveatKey, values(note.params) as never);
    },
  };
}
