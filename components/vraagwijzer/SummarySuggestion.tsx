import { useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import type { Suggestion } from "@/lib/matching/types";
import type { VraagwijzerService } from "@/lib/vraagwijzer/match-input";
import { useNoteText } from "./useNoteText";

/** A suggestion as the printed summary shows it: name, kind, reasons and caveats in one short block. */
export function SummarySuggestion({ suggestion, serviceNames }: { suggestion: Suggestion<VraagwijzerService>; serviceNames: ReadonlyMap<string, string> }) {
  const tKinds = useTranslations("Kinds");
  const notes = useNoteText(serviceNames);
  const { service } = suggestion;
  return (
    <li>
      <CatalogueText value={service.name} className="font-bold" /> ({tKinds(`${service.kind ?? "unknown"}.title`)}, {service.organizationName})
      <ul className="list-disc pl-6">
        {suggestion.reasons.map((note, index) => (
          <li key={`r-${index}`}>{notes.reason(note)}</li>
        ))}
        {suggestion.caveats.map((note, index) => (
          <li key={`c-${index}`}>{notes.caveat(note)}</li>
        ))}
      </ul>
    </li>
  );
}
