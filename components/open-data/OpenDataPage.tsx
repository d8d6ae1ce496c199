import { useLocale, useTranslations } from "next-intl";
import { PageSection } from "@/components/layout/PageSection";
import { formatDate } from "@/lib/catalogue/format";
import { OPEN_DATA_PATHS } from "@/lib/open-data/paths";
import type { OpenDataSummary } from "@/lib/open-data/reader";

const linkClass = "inline-block py-2 font-bold underline";

/**
 * The open-data page: the two downloads, what may be done with them (the licence), what
 * they hold, and where developers find the API. The API's addresses have no language,
 * so they are plain links, not the locale-aware Link.
 */
export function OpenDataPage({ summary }: { summary: OpenDataSummary }) {
  const t = useTranslations("OpenDataPage");
  const locale = useLocale();
  const downloads = [
    { href: OPEN_DATA_PATHS.catalogue, text: t("jsonLink"), hint: t("jsonHint"), id: "download-json" },
    { href: OPEN_DATA_PATHS.tabular, text: t("csvLink"), hint: t("csvHint"), id: "download-csv" },
  ];
  const documents = [
    { href: OPEN_DATA_PATHS.api, text: t("apiLink") },
    { href: OPEN_DATA_PATHS.profile, text: t("profileLink") },
    { href: OPEN_DATA_PATHS.openapi, text: t("openapiLink") },
  ];
  return (
    <div className="mx-auto w-full max-w-page px-4 py-8 sm:py-10">
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose text-lg">{t("intro")}</p>

      <PageSection id="downloads" title={t("downloadsTitle")} intro={t("downloadsIntro", { count: summary.services, date: formatDate(summary.changedOn, locale) })}>
        <ul className="mt-3 max-w-prose">
          {downloads.map((download) => (
            <li key={download.href} className="mt-3">
              <a href={download.href} download aria-describedby={download.id} className={linkClass}>
                {download.text}
              </a>
              <p id={download.id}>{download.hint}</p>
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="licence" title={t("licenceTitle")}>
        <p className="mt-3 max-w-prose">{summary.licence.name === "CC0-1.0" ? t("licenceCC0") : t("licenceCCBY")}</p>
        <p className="mt-1">
          <a href={summary.licence.path} className={linkClass} >
            {t("licenceLink", { title: summary.licence.title })}
          </a>
        </p>
      </PageSection>

      <PageSection id="contents" title={t("contentsTitle")}>
        <p className="mt-3 max-w-prose">{t("contents1")}</p>
        <p className="mt-3 max-w-prose">{t("contents2")}</p>
      </PageSection>

      <PageSection id="developers" title={t("developersTitle")}>
        <p className="mt-3 max-w-prose">{t("developers1")}</p>
        <ul className="mt-3 max-w-prose list-disc pl-6">
          {documents.map((document) => (
            <li key={document.href} className="py-2">
              <a href={document.href} className="font-bold underline">
                {document.text}
              </a>
            </li>
          ))}
        </ul>
      </PageSection>
    </div>
  );
}
