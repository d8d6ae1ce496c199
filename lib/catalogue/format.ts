import { TIME_ZONE } from "./schedule";

// The portal's English is British: "Wednesday 2 December", not "Wednesday, December 2".
const dateLocale = (locale: string) => (locale === "en" ? "en-GB" : locale);

// A formatter costs far more to make than to use, and a page formats many dates: each is made once.
const formats = new Map<string, unknown>();
function kept<T>(key: string, make: () => T): T {
  if (!formats.has(key)) formats.set(key, make());
  return formats.get(key) as T;
}
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  kept(`${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(dateLocale(locale), options));
const listFormat = (locale: string) => kept(`${locale}|list`, () => new Intl.ListFormat(dateLocale(locale), { type: "conjunction" }));

/** "woensdag 2 december" for a local calendar date (YYYY-MM-DD). */
export function formatDay(date: string, locale: string, withYear = false): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return dateFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** "12 november 2026". */
export function formatDate(date: string, locale: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return dateFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d, 12)),
  );
}

/** A moment as the Netherlands' clock shows it: "30 november 2026" and "14.05" (Dutch) or "14:05" (English). */
export function formatMoment(moment: Date, locale: string): { day: string; time: string } {
  const day = dateFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE }).format(moment);
  const clock = dateFormat("en", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE }).format(moment);
  return { day, time: formatTime(clock, locale) };
}

/** A clock time as the catalogue writes it ("09:30"), as each language writes it: "9.30" in Dutch. */
export function formatTime(time: string, locale: string): string {
  return locale === "nl" ? time.replace(/^0(?=\d)/, "").replace(":", ".") : time;
}

/** The hours of a walk-in or opening, ready for "{from} tot {to} uur". */
export function formatHours(hours: { opensAt?: string | undefined; closesAt?: string | undefined }, locale: string): { from: string; to: string } | undefined {
  return hours.opensAt && hours.closesAt ? { from: formatTime(hours.opensAt, locale), to: formatTime(hours.closesAt, locale) } : undefined;
}

const WEEK = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/**
 * Days of a weekly schedule (iCalendar BYDAY codes) as people say them: "dinsdag en
 * vrijdag", in week order; `workdays` for Monday to Friday ("op werkdagen"). Unknown
 * codes are left out; undefined when none is left.
 */
export function formatWeekdays(codes: readonly string[], locale: string): { workdays: true } | { workdays: false; text: string } | undefined {
  const days = WEEK.filter((day) => codes.includes(day));
  if (days.length === 0) return undefined;
  if (days.length === 5 && !days.includes("SA") && !days.includes("SU")) return { workdays: true };
  const name = dateFormat(locale, { weekday: "long", timeZone: "UTC" });
  // 1 January 2024 was a Monday.
  const names = days.map((day) => name.format(new Date(Date.UTC(2024, 0, 1 + WEEK.indexOf(day), 12))));
  return { workdays: false, text: listFormat(locale).format(names) };
}

/** Initials for a supporter without a photo: "Ayşe K." → "AK". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toLocaleUpperCase())
    .join("");
}

/**
 * A dialable tel: address for a number as the catalogue writes it. A Dutch subscriber
 * number (ten digits from 0: "030 799 10 00") gets the +31 form, which works from any
 * phone, also one with a foreign SIM; short and service numbers ("112", "0800-0113")
 * cannot be dialled from abroad and stay as they are.
 */
export function telHref(number: string): string {
  const cleaned = number.replace(/[^\d+]/g, "");
  return `tel:${/^0\d{9}$/.test(cleaned) ? `+31${cleaned.slice(1)}` : cleaned}`;
}
