import { useLocale, useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { ChooseForm } from "@/components/contact/ChooseForm";
import { IndependenceNote } from "@/components/catalogue/IndependenceNote";
import type { Suggestion } from "@/lib/matching/types";
import type { VraagwijzerService } from "@/lib/vraagwijzer/match-input";
import { useNoteText } from "./useNoteText";

type Props = { suggestion: Suggestion<VraagwijzerService>; serviceNames: ReadonlyMap<string, string>; contactQuery: string };

/** One suggestion: who, why it fits, what to keep in mind, and the resident's own choice. */
export function SuggestionCard({ suggestion, serviceNames, contactQuery }: Props) {
  const t = useTranslations("VraagwijzerResults");
  const tKinds = useTranslations("Kinds");
  const locale = useLocale();
  const notes = useNoteText(serviceNames);
  const { service } = suggestion;
  const supporter = service.supporters.find((item) => item.id === suggestion.supporterId);
  const headingId = `suggestion-${service.id}`;

  return (
    <li className="rounded-portal border-2 border-line bg-canvas p-3 sm:p-5">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="text-lg text-primary sm:text-h3">
          <CatalogueText value={service.name} />
        </h3>
        <p className="mt-1 text-ink-secondary">
          {tKinds(`${service.kind ?? "unknown"}.title`)} · {service.organizationName}
        </p>
        <div className="mt-3">
          <IndependenceNote value={service.independence} />
        </div>
        {supporter ? <p className="mt-3 font-bold">{t("supporter", { name: supporter.displayName })}</p> : null}
        {suggestion.reasons.length > 0 ? (
          <>
            <h4 className="mt-4 font-bold">{t("why")}</h4>
            <ul className="mt-1 list-disc pl-6">
              {suggestion.reasons.map((note, index) => (
                <li key={`${note.key}-${index}`}>{notes.reason(note)}</li>
              ))}
            </ul>
          </>
        ) : null}
        {suggestion.caveats.length > 0 ? (
          <>
            <h4 className="mt-4 font-bold">{t("mind")}</h4>
            <ul className="mt-1 list-disc pl-6">
              {suggestion.caveats.map((note, index) => (
                <li key={`${note.key}-${index}`}>{notes.caveat(note)}</li>
              ))}
            </ul>
          </>
        ) : null}
        <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2">
          <ChooseForm serviceId={service.id} supporterId={supporter?.id} query={contactQuery}>
            {t("choose")}
            <span className="sr-only">: {service.name.text}</span>
          </ChooseForm>
          <a href={`/${locale}/aanbod/${service.id}`}>
            {t("more")}
            <span className="sr-only">: {service.name.text}</span>
          </a>
        </div>
      </article>
    </li>
  );
}
