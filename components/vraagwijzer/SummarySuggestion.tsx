import { useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { ReachRows } from "@/components/contact/ReachRows";
import { WalkInTime } from "@/components/directory/WalkInTime";
import { nextWalkIn } from "@/lib/catalogue/directory/sort";
import type { ContactDetails } from "@/lib/catalogue/shapes/contact-details";
import type { Suggestion } from "@/lib/matching/types";
import type { VraagwijzerService } from "@/lib/vraagwijzer/match-input";
import { useNoteText } from "./useNoteText";

type Props = {
  suggestion: Suggestion<VraagwijzerService>;
  serviceNames: ReadonlyMap<string, string>;
  /** Phone and e-mail; undefined when the service cannot be contacted now. */
  reach: Pick<ContactDetails, "phones" | "email"> | undefined;
  now: Date;
};

/** A suggestion as the printed summary shows it: name, kind, how to reach it and its next walk-in, reasons and caveats in one short block. */
export function SummarySuggestion({ suggestion, serviceNames, reach, now }: Props) {
  const tKinds = useTranslations("Kinds");
  const t = useTranslations("VraagwijzerSummary");
  const notes = useNoteText(serviceNames);
  const { service } = suggestion;
  const walkIn = nextWalkIn(service, now);
  const reachable = reach !== undefined && (reach.phones.length > 0 || reach.email !== undefined);
  return (
    <li className="break-inside-avoid">
      <CatalogueText value={service.name} className="font-bold" /> ({tKinds(`${service.kind ?? "unknown"}.title`)}, {service.organizationName})
      <dl className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        {reach ? <ReachRows details={reach} numberClassName="font-bold" /> : null}
        {walkIn ? (
          <div>
            <dt className="font-bold">{t("nextWalkIn")}</dt>
            <dd>
              <WalkInTime occurrence={walkIn} />
            </dd>
          </div>
        ) : null}
      </dl>
      {reachable || walkIn ? null : <p>{t("noContact")}</p>}
      <ul className="mt-1 list-disc pl-6">
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
