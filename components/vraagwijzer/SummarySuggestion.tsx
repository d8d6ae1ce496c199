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
  const tResults = useTranslations("VraagwijzerResults");
  const notes = useNoteText(serviceNames);
  const { service } = suggestion;
  const walkIn = nextWalkIn(service, now);
  const reachable = reach !== undefined && (reach.phones.length > 0 || reach.email !== undefined);
  return (
    <li className="break-inside-avoid">
      <CatalogueText value={service.name} className="font-bold" /> ({tKinds(`${service.kind ?? "unknown"}.title`)}, {service.organizationName})
      {reachable || walkIn ? (
        <dl className="mt-1 flex flex-wrap gap-x-6 gap-y-1 [&_dd]:inline [&_dt]:inline [&_dt]:after:content-[':_']">
          {reach ? <ReachRows details={reach} numberClassName="font-bold" withDescriptions={false} /> : null}
          {walkIn ? (
            <div>
              <dt className="font-bold">{t("nextWalkIn")}</dt>
              <dd>
                <WalkInTime occurrence={walkIn} />
              </dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p>{t("noContact")}</p>
      )}
      {/* One line each for why and what to keep in mind: the summary must fit on two sheets of paper. */}
      {suggestion.reasons.length > 0 ? (
        <p className="mt-1">
          <span className="font-bold">{tResults("why")}:</span> {suggestion.reasons.map((note) => notes.reason(note)).join("; ")}.
        </p>
      ) : null}
      {suggestion.caveats.length > 0 ? (
        <p className="mt-1">
          <span className="font-bold">{tResults("mind")}:</span> {suggestion.caveats.map((note) => notes.caveat(note)).join(" ")}
        </p>
      ) : null}
    </li>
  );
}
