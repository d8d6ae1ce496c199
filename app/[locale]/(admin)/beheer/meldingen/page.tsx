import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { MarkHandledForm } from "@/components/staff/MarkHandledForm";
import { errorReportsFor } from "@/lib/error-reports/review";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminReports"))("title") };
}

/** Residents' reports of mistakes in the catalogue, open ones first. */
export default async function ErrorReportsPage() {
  const actor = await requireRole(pageRoles("/beheer/meldingen"));
  const [t, format, locale] = await Promise.all([getTranslations("AdminReports"), getFormatter(), getLocale()]);
  const reports = await errorReportsFor(actor, locale);
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      {reports.length === 0 ? <p className="mt-4">{t("empty")}</p> : null}
      <ul className="mt-6 space-y-4">
        {reports.map((r) => (
          <li key={r.id} className="rounded border-2 border-line p-4">
            <p className="font-bold" lang={r.serviceName.lang}>
              {r.serviceName.text}
            </p>
            <p className="text-sm text-ink-secondary">
              {format.dateTime(r.createdAt, { dateStyle: "medium" })} · {t(r.status)}
            </p>
            <p className="mt-2 whitespace-pre-line">{r.message}</p>
            {r.contactEmail ? <p className="mt-1 text-sm">{t("contact", { email: r.contactEmail })}</p> : null}
            {r.status === "open" ? <MarkHandledForm id={r.id} /> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
