import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { handoverTables } from "@/components/insight/handover-tables";
import { insightLabels } from "@/components/insight/labels";
import { notFound, routeLocale } from "@/lib/actions/request-context";
import { pageRoles } from "@/lib/auth/protected-pages";
import { currentActor } from "@/lib/auth/request";
import { hasRole } from "@/lib/auth/roles";
import { csvTable, figuresCsv } from "@/lib/insight/csv";
import { HANDOVER_TABLES } from "@/lib/insight/handover-figures";
import { parseMonthPeriod } from "@/lib/insight/handover-period";
import { currentHandoverFigures } from "@/lib/insight/handovers";
import { currentInsight } from "@/lib/insight/dashboard";
import { parseInsightQuery } from "@/lib/insight/params";

/** The CSV of one dashboard table, for the same people as the dashboard (/beheer/cijfers). */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/beheer/cijfers/csv">) {
  const locale = routeLocale((await params).locale);
  if (!locale) return notFound();
  if (!hasRole(await currentActor(), pageRoles("/beheer/cijfers"))) return new Response(null, { status: 403 });
  const search = Object.fromEntries(request.nextUrl.searchParams);
  const t = await getTranslations({ locale, namespace: "Insight" });
  const handoverTable = HANDOVER_TABLES.find((table) => table === search.tabel);
  if (handoverTable) {
    const months = parseMonthPeriod(search);
    if (months.error) return new Response((await getTranslations({ locale, namespace: "InsightHandovers" }))("csvPeriod"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    const tables = await handoverTables(await currentHandoverFigures(months.period, locale), locale, "csv");
    const table = tables.find((candidate) => candidate.id === handoverTable)!;
    return csvResponse(csvTable([table.header, ...table.rows]), `${handoverTable}-${months.period.from}-${months.period.to}.csv`);
  }
  const query = parseInsightQuery(search);
  if (!query.table) return new Response(t("csvUnknown"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const [insight, labels] = await Promise.all([currentInsight(query), insightLabels(locale)]);
  if (!insight.municipality || !insight.supply || !insight.demand) return notFound();
  const [side, group] = query.table.split(/-(.*)/s) as ["supply" | "demand", string];
  const figures = side === "supply" ? insight.supply.figures[group as keyof typeof insight.supply.figures] : insight.demand.figures[group as keyof typeof insight.demand.figures];
  const body = figuresCsv(figures, { code: t("csvCode"), label: t("value"), count: t("count") }, labels.table(query.table), t("fewer"));
  return csvResponse(body, `${query.table}-${insight.municipality.code}-${query.days}d.csv`);
}

function csvResponse(body: string, name: string): Response {
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
  });
}
