import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { formatMoment } from "@/lib/catalogue/format";
import type { ReportView } from "@/lib/error-reports/review";
import { HandleReportForm } from "./HandleReportForm";

/** One resident's report: what it is about (the editor's page and the residents' page), the words, and what was done. */
export function ReportCard({ report }: { report: ReportView }) {
  const t = useTranslations("ReportQueue");
  const locale = useLocale();
  const headingId = `report-${report.id}`;
  return (
    <li className="rounded-portal border-2 border-line p-4">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="text-h3" lang={report.serviceName.lang}>
          {report.serviceName.text}
        </h2>
        <p className="text-sm text-ink-secondary">
          {t("received", { date: formatMoment(report.createdAt, locale).day })} · {t(`status.${report.status}`)}
        </p>
        <ul className="mt-2 flex flex-wrap gap-x-6">
          <li>
            <Link href={`/beheer/diensten/${report.serviceId}`} prefetch={false} className="inline-flex min-h-11 items-center">
              {t("editService")}
            </Link>
          </li>
          <li>
            <Link href={`/aanbod/${report.serviceId}`} prefetch={false} className="inline-flex min-h-11 items-center">
              {t("residentPage")}
            </Link>
          </li>
        </ul>
        <h3 className="mt-2 font-bold">{t("message")}</h3>
        <p className="whitespace-pre-line">{report.message}</p>
        {report.contactEmail ? <p className="mt-1 text-sm">{t("contact", { email: report.contactEmail })}</p> : null}
        {report.status === "open" ? (
          <HandleReportForm id={report.id} />
        ) : (
          <>
            <h3 className="mt-3 font-bold">{t("resolution")}</h3>
            <p className="whitespace-pre-line">{report.resolution ?? t("noResolution")}</p>
            {report.handledAt ? <p className="text-sm text-ink-secondary">{t("handled", { date: formatMoment(report.handledAt, locale).day })}</p> : null}
          </>
        )}
      </article>
    </li>
  );
}
