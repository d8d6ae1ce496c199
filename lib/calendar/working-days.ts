/**
 * Working days in the Netherlands: Monday to Friday, minus the public holidays of the
 * Algemene termijnenwet (art. 3): New Year's Day, Easter Monday, Ascension Day, Whit
 * Monday, King's Day (27 April, 26 April when the 27th is a Sunday), 5 May, and Christmas
 * Day and Boxing Day. Days are Dutch calendar days ("YYYY-MM-DD", Europe/Amsterdam), so a
 * request sent at 23:30 on a Friday counts from that Friday, whatever the server's zone.
 *
 * The one calendar for every term the portal promises or checks: the answer term a
 * resident is told, and the reminder term after which a request is overdue.
 */

const ZONE = "Europe/Amsterdam";
// Made once: a formatter costs far more to make than to use, and pages ask for the day often.
const DAY = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The Dutch calendar day of a moment, as "YYYY-MM-DD": the one rule for "which day is it
 * in the Netherlands" (terms, figures per day, print footers, file names).
 */
export function dutchDay(moment: Date = new Date()): string {
  return DAY.format(moment);
}

function utcNoon(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function plusDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setUTCDate(next.getUTCDate() + days);
  return next;
}

/** Easter Sunday of a year (Gregorian calendar; the anonymous algorithm of 1876). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const holidayCache = new Map<number, ReadonlySet<string>>();

/** The public holidays of a year, as "YYYY-MM-DD". */
export function publicHolidays(year: number): ReadonlySet<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = utcNoon(easterSunday(year));
  const kingsDay = utcNoon(`${year}-04-27`).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`;
  const days = new Set([
    `${year}-01-01`,
    iso(plusDays(easter, 1)),
    iso(plusDays(easter, 39)),
    iso(plusDays(easter, 50)),
    kingsDay,
    `${year}-05-05`,
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
  holidayCache.set(year, days);
  return days;
}

/** Whether a Dutch calendar day ("YYYY-MM-DD") is a working day. */
export function isWorkingDay(day: string): boolean {
  const date = utcNoon(day);
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(date.getUTCFullYear()).has(day);
}

/** The day `days` working days after the Dutch day of `from` ("YYYY-MM-DD"). */
export function addWorkingDays(from: Date, days: number): string {
  let date = utcNoon(dutchDay(from));
  let left = days;
  while (left > 0) {
    date = plusDays(date, 1);
    if (isWorkingDay(iso(date))) left -= 1;
  }
  return iso(date);
}

/**
 * Whole working days that have passed between the Dutch days of `from` and `to`: the
 * working days after `from`'s day up to and including `to`'s day. Sent on Monday, it is
 * 1 on Tuesday; sent on Friday, it is still 0 on Sunday and 1 on Monday.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const end = dutchDay(to);
  let date = utcNoon(dutchDay(from));
  let count = 0;
  while (iso(date) < end) {
    date = plusDays(date, 1);
    if (isWorkingDay(iso(date))) count += 1;
  }
  return count;
}
