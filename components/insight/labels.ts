import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { DemandGroup, SupplyGroup } from "@/lib/insight/figures";
import type { InsightTable } from "@/lib/insight/params";

/**
 * Names for every value the dashboard shows, in the reader's language: vocabulary codes
 * through the one label source, the vraagwijzer's signals and outcomes through their
 * messages. The page and its CSV downloads use the same names.
 */
export async function insightLabels(locale: Locale) {
  const [tSignal, tUsage] = await Promise.all([getTranslations({ locale, namespace: "VraagwijzerSignal" }), getTranslations({ locale, namespace: "Insight" })]);
  const signal = (value: string) => (tSignal.has(value as "stuck") ? tSignal(value as "stuck") : value);
  const outcome = (value: string) => (tUsage.has(`outcome.${value}` as "outcome.empty") ? tUsage(`outcome.${value}` as "outcome.empty") : value);
  const group = (name: SupplyGroup | DemandGroup): ((value: string) => string) => {
    switch (name) {
      case "kind":
      case "chosen-kind":
        return (value) => vocabularyLabel(locale, "kind", value);
      case "domain":
      case "targetGroup":
      case "attending":
      case "language":
        return (value) => vocabularyLabel(locale, name, value);
      case "signal":
        return signal;
      case "suggestions":
        return outcome;
    }
  };
  return {
    group,
    table: (table: InsightTable) => group(table.replace(/^(supply|demand)-/, "") as SupplyGroup | DemandGroup),
  };
}
