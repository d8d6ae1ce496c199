import type { ReactNode } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { KeptFields } from "@/components/forms/KeptFields";
import { MunicipalitySelect } from "@/components/forms/MunicipalitySelect";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { Insight } from "@/lib/insight/dashboard";
import { DEMAND_GROUPS, SUPPLY_GROUPS, type DemandGroup, type Gap, type SupplyGroup } from "@/lib/insight/figures";
import { PERIODS, type InsightTable } from "@/lib/insight/params";
import { FigureChart } from "./FigureChart";

type Props = {
  insight: Insight;
  days: number;
  label: (group: SupplyGroup | DemandGroup) => (value: string) => string;
  /** The handover figures' months from the address, kept when the municipality or period changes. */
  keep: Record<string, string>;
};

/**
 * The policy officers' view of where the offer falls short: the gaps in plain sentences
 * first, then the supply (the catalogue) and the demand (the vraagwijzer's anonymous
 * counts, none below 5 shown) for one municipality and period. Works without JavaScript.
 */
export function InsightDashboard({ insight, days, label, keep }: Props) {
  const t = useTranslations("Insight");
  const locale = useLocale();
  const format = useFormatter();
  const { municipality, supply, demand } = insight;
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  const csv = (table: InsightTable) => `/${locale}/beheer/cijfers/csv?${new URLSearchParams({ gemeente: municipality?.code ?? "", periode: String(days), tabel: table })}`;
  return (
    <>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4" aria-label={t("choose")}>
        <KeptFields entries={Object.entries(keep)} />
        <div className="min-w-60">
          <MunicipalitySelect municipalities={insight.municipalities} label={t("municipality")} selected={municipality?.code} />
        </div>
        <div className="min-w-60">
          <SelectField name="periode" label={t("period")} defaultValue={String(days)} options={PERIODS.map((value) => ({ value, label: t("days", { days: Number(value) }) }))} />
        </div>
        <SubmitButton>{t("show")}</SubmitButton>
      </form>
      {!municipality || !supply || !demand ? (
        <p className="mt-6">{t("noMunicipalities")}</p>
      ) : (
        <>
          <p className="mt-4 text-ink-secondary">{t("periodText", { from: day(insight.from), to: day(insight.to) })}</p>
          <section aria-labelledby="gaps-title" className="mt-8">
            <h2 id="gaps-title" className="text-h3 sm:text-h2">
              {t("gapsTitle", { municipality: municipality.name })}
            </h2>
            <p className="mt-2 max-w-prose">{t("gapsIntro")}</p>
            {insight.gaps.length === 0 ? (
              <p className="mt-3">{t("noGaps")}</p>
            ) : (
              <ul className="mt-3 flex list-disc flex-col gap-2 pl-6">
                {insight.gaps.map((gap) => (
                  <li key={gapKey(gap)}>
                    <GapSentence gap={gap} municipality={municipality.name} locale={locale} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <FigureSection side="supply" title={t("supplyTitle")} intro={[t("supplyIntro", { count: supply.services })]}>
            {SUPPLY_GROUPS.map((group) => (
              <FigureChart key={group} id={`supply-${group}`} title={t(`supply.${group}`)} figures={supply.figures[group]} label={label(group)} csvHref={csv(`supply-${group}`)} />
            ))}
          </FigureSection>
          <FigureSection side="demand" title={t("demandTitle")} intro={[demand.reached === null ? t("reachedFew") : t("reached", { count: demand.reached }), t("privacy")]}>
            {DEMAND_GROUPS.map((group) => (
              <FigureChart key={group} id={`demand-${group}`} title={t(`demand.${group}`)} figures={demand.figures[group]} label={label(group)} csvHref={csv(`demand-${group}`)} />
            ))}
          </FigureSection>
        </>
      )}
    </>
  );
}

/** One half of the dashboard: a heading, a line or two, and its charts side by side on a wide screen. */
function FigureSection({ side, title, intro, children }: { side: "supply" | "demand"; title: string; intro: string[]; children: ReactNode }) {
  return (
    <section aria-labelledby={`${side}-title`} className="mt-10">
      <h2 id={`${side}-title`} className="text-h3 sm:text-h2">
        {title}
      </h2>
      {intro.map((line, index) => (
        <p key={line} className={index === 0 ? "mt-2 max-w-prose" : "mt-1 max-w-prose text-ink-secondary"}>
          {line}
        </p>
      ))}
      <div className="mt-4 grid items-start gap-6 lg:grid-cols-2">{children}</div>
    </section>
  );
}

const gapKey = (gap: Gap) => (gap.type === "domain-without-kind" ? `d-${gap.domain}` : gap.type === "language-not-offered" ? `l-${gap.language}` : `r-${gap.outcome}`);

function GapSentence({ gap, municipality, locale }: { gap: Gap; municipality: string; locale: string }) {
  const t = useTranslations("Insight");
  if (gap.type === "domain-without-kind") {
    const kinds = new Intl.ListFormat(locale, { type: "disjunction" }).format(gap.missing.map((kind) => t(`kindLower.${kind}`)));
    return t("gapDomain", { domain: vocabularyLabel(locale, "domain", gap.domain), municipality, kinds, count: gap.asked });
  }
  if (gap.type === "language-not-offered") return t("gapLanguage", { language: vocabularyLabel(locale, "language", gap.language), municipality, count: gap.asked });
  return t(gap.outcome === "empty" ? "gapEmpty" : "gapThin", { municipality, count: gap.count });
}
