import type { InternalNotes } from "../internal-notes";
import { vocabularyLabel } from "../labels";
import type { DirectoryEntry } from "./directory-entry";

/** One service as wijkteam staff see it in the lookup: what residents see plus what only professionals see. */
export type LookupItem = DirectoryEntry & {
  supporterLines: Array<{ id: string; name: string; languages: string[]; livedExperience: string[] }>;
  internal: InternalNotes | null;
};

export function toLookupItem(entry: DirectoryEntry, internal: InternalNotes | undefined, locale: string): LookupItem {
  return {
    ...entry,
    supporterLines: entry.supporters.map((s) => ({
      id: s.id,
      name: s.displayName,
      languages: s.languages,
      livedExperience: s.livedExperience.map((code) => vocabularyLabel(locale, "livedExperience", code)),
    })),
    internal: internal ?? null,
  };
}
