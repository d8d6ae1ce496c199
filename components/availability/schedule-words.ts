import type { ProviderSchedule } from "@/lib/catalogue/editing/availability";
import { formatDay, formatHours, formatWeekdays } from "@/lib/catalogue/format";

/** "woensdag" for "WE", in the page's language. */
export function dayName(code: string, locale: string): string {
  const days = formatWeekdays([code], locale);
  return days && !days.workdays ? days.text : code;
}

type Words = (key: "weekly" | "other" | "hours" | "validity" | "validFromOnly" | "validToOnly", values?: Record<string, string>) => string;

/** One schedule in a line: "Elke woensdag, 13.00 tot 15.30 uur, geldig vanaf …". */
export function scheduleLine(schedule: ProviderSchedule, locale: string, t: Words): string {
  const weekly = schedule.freq === "WEEKLY" && schedule.byday !== null;
  const parts = [weekly ? t("weekly", { day: schedule.byday!.split(",").map((code) => dayName(code, locale)).join(", ") }) : t("other")];
  const hours = formatHours({ opensAt: schedule.opensAt ?? undefined, closesAt: schedule.closesAt ?? undefined }, locale);
  if (hours) parts.push(t("hours", hours));
  const from = schedule.validFrom ? formatDay(schedule.validFrom, locale, true) : undefined;
  const to = schedule.validTo ? formatDay(schedule.validTo, locale, true) : undefined;
  if (from && to) parts.push(t("validity", { from, to }));
  else if (from) parts.push(t("validFromOnly", { from }));
  else if (to) parts.push(t("validToOnly", { to }));
  return parts.join(", ");
}
