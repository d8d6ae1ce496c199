import { TIME_ZONE, type Occurrence } from "./schedule";

// The portal's English is British: "Wednesday 2 December", not "Wednesday, December 2".
const dateLocale = (locale: string) => (locale === "en" ? "en-GB" : locale);

/** "woensdag 2 december" for a local calendar date (YYYY-MM-DD). */
export function formatDay(date: string, locale: string, withYear = false): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(dateLocale(locale), {
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
  return new Intl.DateTimeFormat(dateLocale(locale), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d, 12)),
  );
}

/** Today's date in the Netherlands, for print footers. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(now);
}

export type OccurrenceText = { day: string; from: string | undefined; to: string | undefined };

export function occurrenceText(occurrence: Occurrence, locale: string): OccurrenceText {
  return { day: formatDay(occurrence.date, locale), from: occurrence.opensAt, to: occurrence.closesAt };
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
