import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ReportCard } from "@/components/freshness/ReportCard";
import { PageLinks } from "@/components/layout/PageLinks";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { urlParams } from "@/lib/catalogue/url-params";
import { errorReportsFor } from "@/lib/error-reports/review";
import { ERROR_REPORT_OUTCOMES, REPORT_FILTERS, reportFilterSchema } from "@/lib/error-reports/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ReportQueue"))("title") };
}

/** Residents' reports of mistakes: the open ones (longest waiting first) to resolve or set aside, or the done ones. */
export default async function ErrorReportsPage({ searchParams }: PageProps<"/[locale]/beheer/meldingen">) {
  const actor = await requireRole(pageRoles("/beheer/meldingen"));
  const [t, locale, params] = await Promise.all([getTranslations("ReportQueue"), getLocale(), searchParams]);
  const filter = reportFilterSchema.parse([params.lijst].flat()[0]);
  const asked = urlParams.pagina.safeParse([params.pagina].flat()[0]);
  const list = await errorReportsFor(actor, locale, { filter, page: asked.success ? asked.data : 1 });
  const handled = ERROR_REPORT_OUTCOMES.find((outcome) => outcome === params.afgehandeld);
  const href = (lijst: string, page = 1) => {
    const query = new URLSearchParams({ ...(lijst !== "open" ? { lijst } : {}), ...(page > 1 ? { pagina: String(page) } : {}) }).toString();
    return `/beheer/meldingen${query ? `?${query}` : ""}`;
  };
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose">{t("intro")}</p>
      {handled ? (
        <p role="status" className="mt-4 max-w-prose border-l-4 border-independent pl-3 font-bold text-independent">
          {t(handled === "resolved" ? "resolvedDone" : "dismissedDone")}
        </p>
      ) : null}
      <nav aria-label={t("lists")} className="mt-6">
        <ul className="flex flex-wrap gap-6">
          {REPORT_FILTERS.map((lijst) => (
            <li key={lijst}>
              <Link href={href(lijst)} aria-current={lijst === filter ? "page" : undefined} className={`inline-flex min-h-11 items-center ${lijst === filter ? "font-bold" : ""}`}>
                {t(lijst)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-4" role="status">
        {list.total === 0 ? t(filter === "open" ? "emptyOpen" : "emptyDone") : t("count", { count: list.total })}
      </p>
      <ul className="mt-4 space-y-4">
        {list.reports.map((report) => (
          <ReportCard key={report.id} report={report} />
        ))}
      </ul>
      <PageLinks
        page={list.page}
        pageCount={list.pages}
        href={(page) => href(filter, page)}
        words={{ label: t("pagination"), previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page: list.page, pages: list.pages }) }}
      />
    </>
  );
}
