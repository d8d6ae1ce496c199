import { useLocale, useTranslations } from "next-intl";
import { formatDay, formatHours } from "@/lib/catalogue/format";
import type { Occurrence } from "@/lib/catalogue/schedule";

type Moment = Pick<Occurrence, "date" | "opensAt" | "closesAt">;

/** "dinsdag 1 december, 10.00 tot 12.30 uur", or the day alone when it has no hours; `at` words the first. */
export function walkInMoment(occurrence: Moment, locale: string, at: (values: { date: string; from: string; to: string }) => string): string {
  const date = formatDay(occurrence.date, locale);
  const hours = formatHours(occurrence, locale);
  return hours ? at({ date, ...hours }) : date;
}

/** One walk-in moment as text. */
export function WalkInTime({ occurrence }: { occurrence: Moment }) {
  const t = useTranslations("DirectoryResult");
  return walkInMoment(occurrence, useLocale(), (values) => t("walkInAt", values));
}
