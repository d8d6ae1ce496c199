import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { InsightDashboard } from "@/components/insight/InsightDashboard";
import { insightLabels } from "@/components/insight/labels";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { currentInsight } from "@/lib/insight/dashboard";
import { parseInsightQuery } from "@/lib/insight/params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Insight"))("title") };
}

/** Supply and demand per municipality: where the offer falls short. Counts only, nothing about a person. */
export default async function InsightPage({ searchParams }: PageProps<"/[locale]/beheer/cijfers">) {
  await requireRole(pageRoles("/beheer/cijfers"));
  const query = parseInsightQuery(await searchParams);
  const locale = await getLocale();
  const [t, insight, labels] = await Promise.all([getTranslations("Insight"), currentInsight(query), insightLabels(locale)]);
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-2 max-w-prose">{t("intro")}</p>
      <InsightDashboard insight={insight} days={query.days} label={labels.group} />
    </>
  );
}
