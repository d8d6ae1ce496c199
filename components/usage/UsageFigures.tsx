import { useFormatter, useLocale, useTranslations } from "next-intl";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { UsageCountRow, UsageReport } from "@/lib/usage/report";

/**
 * The vraagwijzer's anonymous use figures for policy officers, per municipality. A
 * server component that only shows what it is given (see lib/usage/report.ts); access
 * is checked by the page that mounts it.
 */
export function UsageFigures({ report }: { report: UsageReport }) {
  const t = useTranslations("UsageFigures");
  const format = useFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  return (
    <section aria-labelledby="usage-title">
      <h2 id="usage-title" className="text-h3 sm:text-h2">
        {t("title")}
      </h2>
      <p className="mt-2">{t("intro")}</p>
      <p className="mt-1 text-ink-secondary">{t("period", { from: day(report.from), to: day(report.to) })}</p>
      {report.municipalities.length === 0 ? <p className="mt-4">{t("empty")}</p> : null}
      {report.municipalities.map((municipality) => (
        <section key={municipality.code} aria-labelledby={`usage-${municipality.code}`} className="mt-8">
          <h3 id={`usage-${municipality.code}`} className="text-h3">
            {municipality.name}
          </h3>
          <p className="mt-1">{t("reached", { count: municipality.reached })}</p>
          <div className="mt-4 grid gap-6 sm:grid-cols-2">
            <CountTable caption={t("suggestions")} rows={municipality.metrics.suggestions} label={(value) => label(t, "outcome", value)} />
            <CountTable caption={t("chosen-kind")} rows={municipality.metrics["chosen-kind"]} label={(value) => label(t, "kind", value)} />
            <CountTable caption={t("domain")} rows={municipality.metrics.domain} domain />
            <CountTable caption={t("signal")} rows={municipality.metrics.signal} signal />
          </div>
        </section>
      ))}
    </section>
  );
}

type Translate = ReturnType<typeof useTranslations<"UsageFigures">>;

function label(t: Translate, group: "outcome" | "kind", value: string): string {
  const key = `${group}.${value}` as `outcome.empty`;
  return t.has(key) ? t(key) : value;
}

type TableProps = { caption: string; rows: UsageCountRow[]; label?: (value: string) => string; domain?: boolean; signal?: boolean };

function CountTable({ caption, rows, label, domain, signal }: TableProps) {
  const t = useTranslations("UsageFigures");
  const locale = useLocale();
  const tSignal = useTranslations("VraagwijzerSignal");
  const name = (value: string) => {
    if (label) return label(value);
    if (domain) return vocabularyLabel(locale, "domain", value);
    if (signal && tSignal.has(value as "stuck")) return tSignal(value as "stuck");
    return value;
  };
  if (rows.length === 0) return null;
  return (
    <table className="w-full border-collapse">
      <caption className="mb-2 text-left font-bold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="border-b-2 border-line py-1 pr-3 text-left">
            {t("value")}
          </th>
          <th scope="col" className="border-b-2 border-line py-1 text-right">
            {t("count")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.value}>
            <td className="border-b border-line py-1 pr-3">{name(row.value)}</td>
            <td className="border-b border-line py-1 text-right tabular-nums">{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
