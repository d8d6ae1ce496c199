import { useTranslations } from "next-intl";
import { KeptFields } from "@/components/forms/KeptFields";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { HandoverTable } from "@/lib/insight/handover-figures";
import { MAX_MONTHS, MONTHS_BY_DEFAULT, type MonthPeriod, type PeriodError } from "@/lib/insight/handover-period";
import { FigureTable } from "./FigureTable";
import type { FigureTableData } from "./handover-tables";

type Props = {
  period: MonthPeriod;
  error?: PeriodError;
  /** The months one can choose, newest first, with their names. */
  months: Array<{ value: string; label: string }>;
  tables: FigureTableData[];
  /** The rest of the dashboard's address, kept when the months change. */
  keep: Record<string, string>;
  csvHref: (table: HandoverTable) => string;
};

/**
 * The handover figures on the policy officers' dashboard: a GET form for the months (also
 * without JavaScript), a wrong period said in words above it, then one table per figure.
 */
export function HandoverFigures({ period, error, months, tables, keep, csvHref }: Props) {
  const t = useTranslations("InsightHandovers");
  const name = (value: string) => months.find((month) => month.value === value)?.label ?? value;
  return (
    <section aria-labelledby="handovers-title" className="mt-10">
      <h2 id="handovers-title" className="text-h3 sm:text-h2">
        {t("title")}
      </h2>
      <p className="mt-2 max-w-prose">{t("intro")}</p>
      {error ? (
        <p id="handovers-period-error" role="alert" className="mt-4 border-l-4 border-notice pl-3 font-bold">
          {t(`errors.${error}`, { months: MONTHS_BY_DEFAULT, max: MAX_MONTHS })}
        </p>
      ) : null}
      <form method="get" action="#handovers-title" className="mt-4 flex flex-wrap items-end gap-4" aria-label={t("choose")}>
        <KeptFields entries={Object.entries(keep)} />
        <div className="min-w-60">
          <SelectField name="van" label={t("from")} defaultValue={period.from} options={months} />
        </div>
        <div className="min-w-60">
          <SelectField name="tot" label={t("to")} defaultValue={period.to} options={months} />
        </div>
        <SubmitButton>{t("show")}</SubmitButton>
      </form>
      <p className="mt-4 text-ink-secondary">{t("periodText", { from: name(period.from), to: name(period.to) })}</p>
      <div className="mt-4 flex flex-col gap-6">
        {tables.map((table) => (
          <FigureTable key={table.id} table={table} csvHref={csvHref(table.id)} />
        ))}
      </div>
    </section>
  );
}
