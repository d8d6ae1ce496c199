import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { AccessTeamBlock } from "@/components/catalogue/AccessTeamBlock";
import { RouteNotes } from "@/components/vraagwijzer/RouteNotes";
import { SuggestionCard } from "@/components/vraagwijzer/SuggestionCard";
import { answersQuery, parseAnswers } from "@/lib/vraagwijzer/answers";
import { wlzHelpers } from "@/lib/vraagwijzer/routes";
import { findSuggestions } from "@/lib/vraagwijzer/suggestions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("VraagwijzerResults");
  return { title: t("title") };
}

/** The suggestions, with reasons and caveats; the resident chooses. */
export default async function SuggestionsPage({ searchParams }: PageProps<"/[locale]/vraagwijzer/suggesties">) {
  await connection();
  const [query, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations("VraagwijzerResults")]);
  const answers = parseAnswers(query);
  const found = await findSuggestions(answers, locale);
  const back = (step: number) => `/${locale}/vraagwijzer${answersQuery(answers, { stap: String(step) })}`;

  if (!found) {
    return (
      <div className="mx-auto w-full max-w-page px-4 py-8 sm:py-10">
        <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
        <p className="mt-4 max-w-prose">{t("noMunicipality")}</p>
        <p className="mt-4">
          <a href={back(2)} className="font-bold">
            {t("chooseMunicipality")}
          </a>
        </p>
      </div>
    );
  }

  const { municipality, result, serviceNames } = found;

  const contactQuery = answersQuery(answers).slice(1);
  const shown = result.outcome === "empty" ? result.nearest : result.suggestions;
  // "The other help you see too" only when it is there: volunteers or experience experts beside the professional.
  const othersShown = shown.some((suggestion) => suggestion.service.kind !== "formal");
  const accessTeam = municipality.accessTeam ? <AccessTeamBlock municipality={municipality} /> : null;

  return (
    <div className="mx-auto w-full max-w-page px-4 py-8 sm:py-10">
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose text-lg">{t("intro")}</p>
      <RouteNotes answers={answers} wlzHelpers={wlzHelpers(shown.map((suggestion) => suggestion.service))} linkToCards />
      {result.accessTeamFirst ? accessTeam : null}
      {result.complex && result.outcome !== "empty" ? (
        <p className="mt-4 max-w-prose border-l-4 border-primary pl-3">
          {t("complex")}
          {othersShown ? ` ${t("complexOthers")}` : null}
        </p>
      ) : null}
      {result.outcome === "thin" ? <p className="mt-4 max-w-prose border-l-4 border-notice pl-3 font-bold">{t("thin")}</p> : null}
      {result.outcome === "empty" ? <p className="mt-4 max-w-prose border-l-4 border-notice pl-3 font-bold">{t("empty")}</p> : null}

      <h2 className="mt-8 text-h3 sm:text-h2">{result.outcome === "empty" ? t("nearestTitle") : t("title")}</h2>
      <ul className="mt-4 flex flex-col gap-4">
        {shown.map((suggestion) => (
          <SuggestionCard key={suggestion.service.id} suggestion={suggestion} serviceNames={serviceNames} contactQuery={contactQuery} />
        ))}
      </ul>

      {/* The access team is never one of the suggestions: it decides, so it has its own block. */}
      {result.accessTeamFirst ? null : accessTeam}

      <ul className="mt-8 flex flex-col gap-2">
        <li>
          <a href={`/${locale}/vraagwijzer/samenvatting${answersQuery(answers)}`} className="font-bold">
            {t("summary")}
          </a>
        </li>
        <li>
          <a href={back(6)}>{t("change")}</a>
        </li>
        <li>
          <a href={`/${locale}?gemeente=${municipality.code}`}>{t("allHelp", { municipality: municipality.name })}</a>
        </li>
      </ul>
    </div>
  );
}
