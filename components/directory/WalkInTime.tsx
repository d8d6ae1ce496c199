import { useLocale, useTranslations } from "next-intl";
import { formatDay, formatHours } from "@/lib/catalogue/format";
import type { Occurrence } from "@/lib/catalogue/schedule";

/** One walk-in moment: "dinsdag 1 december, 10.00 tot 12.30 uur", or the day alone when it has no hours. */
export function WalkInTime({ occurrence }: { occurrence: Pick<Occurrence, "date" | "opensAt" | "closesAt"> }) {
  const t = useTranslations("DirectoryResult");
  const locale = useLocale();
  const date = formatDay(occurrence.date, locale);
  const hours = formatHours(occurrence, locale);
  return hours ? t("walkInAt", { date, ...hours }) : date;
}
