import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { AnswerList } from "@/components/vraagwijzer/AnswerList";
import { PrintButton } from "@/components/vraagwijzer/PrintButton";
import { SummarySuggestion } from "@/components/vraagwijzer/SummarySuggestion";
import { publicOrigin } from "@/lib/http/public-origin";
import { answersQuery, parseAnswers } from "@/lib/vraagwijzer/answers";
import { findSuggestions } from "@/lib/vraagwijzer/suggestions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("VraagwijzerSummary");
  return { title: t("title") };
}

/** The answers and suggestions on one page to print or keep as a link; the link holds answers only, nothing personal. */
export default async function SummaryPage({ searchParams }: PageProps<"/[locale]/vraagwijzer/samenvatting">) {
  await connection();
  const [query, locale, t, requestHeaders] = await Promise.all([searchParams, getLocale(), getTranslations("VraagwijzerSummary"), headers()]);
  const answers = parseAnswers(query);
  const found = await findSuggestions(answers, locale);
  const municipality = found?.municipality;
  const result = found?.result;
  const serviceNames = found?.serviceNames ?? new Map<string, string>();
  const shown = result ? (result.outcome === "empty" ? result.nearest : result.suggestions) : [];

  const path = `/${locale}/vraagwijzer/samenvatting${answersQuery(answers)}`;

  return (
    <div className="mx-auto w-full max-w-page px-4 py-8 sm:py-10">
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose">{t("intro")}</p>
      <p className="mt-4">{t("keep")}</p>
      <p className="mt-1 break-all">
        <a href={path}>{`${publicOrigin(requestHeaders)}${path}`}</a>
      </p>
      <div className="mt-4">
        <PrintButton label={t("print")} />
      </div>
      <h2 className="mt-8 text-h3 sm:text-h2">{t("answers")}</h2>
      <AnswerList answers={answers} municipalityName={municipality?.name} />
      <h2 className="mt-8 text-h3 sm:text-h2">{t("suggestions")}</h2>
      <ol className="mt-2 flex flex-col gap-4 pl-6 list-decimal">
        {shown.map((suggestion) => (
          <SummarySuggestion key={suggestion.service.id} suggestion={suggestion} serviceNames={serviceNames} />
        ))}
      </ol>
      <p className="mt-8 print:hidden">
        <a href={`/${locale}/vraagwijzer/suggesties${answersQuery(answers)}`}>{t("back")}</a>
      </p>
    </div>
  );
}
