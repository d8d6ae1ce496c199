import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { HandoverFigures } from "@/components/insight/HandoverFigures";
import { handoverTables } from "@/components/insight/handover-tables";
import { InsightDashboard } from "@/components/insight/InsightDashboard";
import { insightLabels } from "@/components/insight/labels";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { currentInsight } from "@/lib/insight/dashboard";
import { choosableMonths, parseMonthPeriod } from "@/lib/insight/handover-period";
import { currentHandoverFigures } from "@/lib/insight/handovers";
import { parseInsightQuery } from "@/lib/insight/params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Insight"))("title") };
}

/** Supply and demand per municipality: where the offer falls short. Counts only, nothing about a person. */
export default async function InsightPage({ searchParams }: PageProps<"/[locale]/beheer/cijfers">) {
  await requireRole(pageRoles("/beheer/cijfers"));
  const search = await searchParams;
  const query = parseInsightQuery(search);
  const months = parseMonthPeriod(search);
  const locale = await getLocale();
  const [t, insight, labels, handovers] = await Promise.all([getTranslations("Insight"), currentInsight(query), insightLabels(locale), currentHandoverFigures(months.period, locale)]);
  const keep = { gemeente: insight.municipality?.code ?? "", periode: String(query.days) };
  // Months chosen in the address stay when the municipality or period changes; the default ones need no mention.
  const keptMonths: Record<string, string> = (search.van !== undefined || search.tot !== undefined) && !months.error ? { van: months.period.from, tot: months.period.to } : {};
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const choosable = choosableMonths(new Date()).map((value) => ({ value, label: monthName.format(new Date(`${value}-01T12:00:00Z`)) }));
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-2 max-w-prose">{t("intro")}</p>
      <InsightDashboard insight={insight} days={query.days} label={labels.group} keep={keptMonths} />
      <HandoverFigures
        period={months.period}
        error={months.error}
        months={choosable}
        tables={await handoverTables(handovers, locale, "page")}
        keep={keep}
        csvHref={(table) => `/${locale}/beheer/cijfers/csv?${new URLSearchParams({ tabel: table, van: months.period.from, tot: months.period.to })}`}
      />
    </>
  );
}
