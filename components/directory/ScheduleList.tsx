import { useLocale, useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { formatHours, formatWeekdays } from "@/lib/catalogue/format";
import type { ScheduleDetail } from "@/lib/catalogue/shapes/service-detail";

/** A place's hours, each marked "zonder afspraak" or "op afspraak" by the one walk-in rule (schedule.ts, attendanceOf). */
export function ScheduleList({ schedules }: { schedules: readonly ScheduleDetail[] }) {
  const t = useTranslations("ServicePage");
  const locale = useLocale();
  const hoursOf = (s: ScheduleDetail) => {
    const hours = formatHours({ opensAt: s.opensAt ?? undefined, closesAt: s.closesAt ?? undefined }, locale);
    const days = s.freq === "WEEKLY" && s.byday ? formatWeekdays(s.byday.toUpperCase().split(/\s*,\s*/), locale) : undefined;
    if (!hours || !days) return undefined;
    return t("scheduleHours", { days: days.workdays ? t("workdays") : days.text, ...hours });
  };
  return (
    <ul className="mt-1 flex flex-col gap-1">
      {schedules.map((s, i) => {
        const label = s.attendance === "walk-in" ? t("walkIn") : s.attendance === "appointment" ? t("appointment") : undefined;
        const text = s.description ? <CatalogueText value={s.description} /> : hoursOf(s);
        if (!text && !label) return null;
        return (
          <li key={i}>
            {label ? <strong>{label} </strong> : null}
            {text}
          </li>
        );
      })}
    </ul>
  );
}
