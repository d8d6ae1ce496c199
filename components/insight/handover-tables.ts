import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import { DECLINE_CODES } from "@/lib/contact-requests/schema";
import { HANDOVER_TABLES, OUTCOMES, type Count, type HandoverTable } from "@/lib/insight/handover-figures";
import type { HandoverFigures } from "@/lib/insight/handovers";

/** One table of the handover figures as text: the page shows it and its CSV writes it, from the same rows. */
export type FigureTableData = { id: HandoverTable; title: string; note: string; header: string[]; rows: string[][]; /** Columns from here on hold numbers (right-aligned). */ firstNumber: number };

/**
 * The handover figures in words, for the page (`page`: "november 2026", "3 werkdagen",
 * "25%") or for a spreadsheet (`csv`: "2026-11", 3, 25, with the unit in the column's
 * name). A hidden count reads "minder dan 5" in both, never the number.
 */
export async function handoverTables(figures: HandoverFigures, locale: Locale, style: "page" | "csv"): Promise<FigureTableData[]> {
  const t = await getTranslations({ locale, namespace: "InsightHandovers" });
  const tOutcome = await getTranslations({ locale, namespace: "StaffOutcome" });
  const tDecline = await getTranslations({ locale, namespace: "StaffDeclineCode" });
  const page = style === "page";
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const month = (value: string) => (page ? monthName.format(new Date(`${value}-01T12:00:00Z`)) : value);
  const count = (value: Count) => (value === null ? t("fewer") : String(value));
  const days = (value: number | null) => (value === null ? t("notShown") : page ? t("workingDays", { days: value }) : String(value));
  const share = (value: number | null) => (value === null ? t("notShown") : page ? t("percent", { share: value }) : String(value));
  const kind = (value: string) => (value === "unknown" ? t("unknownKind") : vocabularyLabel(locale, "kind", value));
  const c = (name: string) => t(`columns.${name}` as "columns.service");
  const { response } = figures;
  // The total of answers only when no service's count is hidden: else it would give the hidden ones away.
  const allAnswered = response.services.some((row) => row.answered === null) ? null : response.all.answered;
  const bodies: Record<HandoverTable, Omit<FigureTableData, "id" | "title" | "note">> = {
    "handovers-service": {
      header: [c("service"), c("month"), c("handovers"), c("residents")],
      rows: figures.perService.map((row) => [row.name, month(row.month), count(row.handovers), count(row.residents)]),
      firstNumber: 2,
    },
    "handovers-team": {
      header: [c("team"), c("month"), c("handovers")],
      rows: figures.perTeam.map((row) => [row.team ?? t("noTeam"), month(row.month), count(row.handovers)]),
      firstNumber: 2,
    },
    response: {
      header: [c("service"), c("answered"), page ? c("median") : c("medianDays"), page ? c("p90") : c("p90Days"), c("waiting")],
      rows: [
        ...response.services.map((row) => [row.name, count(row.answered), days(row.median), days(row.p90), count(row.waiting)]),
        ...(response.services.length > 0 ? [[t("allServices"), allAnswered === null ? t("notShown") : String(allAnswered), days(response.all.median), days(response.all.p90), ""]] : []),
      ],
      firstNumber: 1,
    },
    declined: {
      header: [c("service"), c("requests"), c("declined"), page ? c("share") : c("sharePercent"), ...DECLINE_CODES.map((code) => tDecline(code))],
      rows: figures.declined.map((row) => [row.name, count(row.requests), count(row.declined), share(row.share), ...DECLINE_CODES.map((code) => count(row.reasons[code]))]),
      firstNumber: 1,
    },
    outcomes: {
      header: [c("kind"), ...OUTCOMES.map((outcome) => tOutcome(outcome))],
      rows: figures.outcomes.map((row) => [kind(row.kind), ...OUTCOMES.map((outcome) => count(row.counts[outcome]))]),
      firstNumber: 1,
    },
  };
  return HANDOVER_TABLES.map((id) => ({ id, title: t(`tables.${id}`), note: t(`notes.${id}`), ...bodies[id] }));
}
