import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { QrCode } from "@/components/print/QrCode";
import { AnswerList } from "@/components/vraagwijzer/AnswerList";
import { PrintButton } from "@/components/vraagwijzer/PrintButton";
import { RouteNotes } from "@/components/vraagwijzer/RouteNotes";
import { SummarySuggestion } from "@/components/vraagwijzer/SummarySuggestion";
import { findContactDetails } from "@/lib/catalogue/read";
import { publicOrigin } from "@/lib/http/public-origin";
import { answersQuery, parseAnswers } from "@/lib/vraagwijzer/answers";
import { wlzHelpers } from "@/lib/vraagwijzer/routes";
import { findSuggestions } from "@/lib/vraagwijzer/suggestions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("VraagwijzerSummary");
  return { title: t("title") };
}

/**
 * The answers and suggestions on one page to print (at most two A4 pages) or keep as a
 * link; the link holds answers only, nothing personal. On paper a QR code leads back here.
 */
export default async function SummaryPage({ searchParams }: PageProps<"/[locale]/vraagwijzer/samenvatting">) {
  await connection();
  const [query, locale, t, requestHeaders] = await Promise.all([searchParams, getLocale(), getTranslations("VraagwijzerSummary"), headers()]);
  const answers = parseAnswers(query);
  const found = await findSuggestions(answers, locale);
  const municipality = found?.municipality;
  const result = found?.result;
  const serviceNames = found?.serviceNames ?? new Map<string, string>();
  const shown = result ? (result.outcome === "empty" ? result.nearest : result.suggestions) : [];
  const reach = await Promise.all(shown.map((suggestion) => findContactDetails(suggestion.service.id, suggestion.supporterId, locale)));
  const now = new Date();

  const path = `/${locale}/vraagwijzer/samenvatting${answersQuery(answers)}`;
  const address = `${publicOrigin(requestHeaders)}${path}`;

  return (
    <div className="mx-auto w-full max-w-page px-4 py-8 sm:py-10 print:py-0 print:text-[9.5pt] print:leading-snug">
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose print:mt-1">{t("intro")}</p>
      <div className="mt-4 flex items-center gap-4 print:mt-2">
        <QrCode value={address} label={t("qr")} className="hidden size-24 shrink-0 print:block print:size-20" />
        <div>
          <p>{t("keep")}</p>
          <p className="mt-1 break-all">
            <a href={path} data-address>
              {address}
            </a>
          </p>
          <p className="mt-1 hidden text-sm print:block">{t("scan")}</p>
        </div>
      </div>
      <div className="mt-4">
        <PrintButton label={t("print")} />
      </div>
      <RouteNotes answers={answers} wlzHelpers={wlzHelpers(shown.map((suggestion) => suggestion.service))} />
      <h2 className="mt-8 text-h3 sm:text-h2 print:mt-3">{t("answers")}</h2>
      <AnswerList answers={answers} municipalityName={municipality?.name} />
      <h2 id="summary-suggestions" className="mt-8 text-h3 sm:text-h2 print:mt-3">
        {t("suggestions")}
      </h2>
      <ol aria-labelledby="summary-suggestions" className="mt-2 flex list-decimal flex-col gap-4 pl-6 print:gap-2">
        {shown.map((suggestion, index) => (
          <SummarySuggestion key={suggestion.service.id} suggestion={suggestion} serviceNames={serviceNames} reach={reach[index]} now={now} />
        ))}
      </ol>
      <p className="mt-8 print:hidden">
        <a href={`/${locale}/vraagwijzer/suggesties${answersQuery(answers)}`}>{t("back")}</a>
      </p>
    </div>
  );
}
