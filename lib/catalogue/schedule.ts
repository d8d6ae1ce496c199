/**
 * Walk-in and opening moments from HSDS schedules, computed in Dutch local time
 * (Europe/Amsterdam), so "every Wednesday 13:00" stays 13:00 across summer time.
 * Pure: the caller passes "now", which keeps every rule testable (schedule.test.ts).
 */
export const TIME_ZONE = "Europe/Amsterdam";

export type ScheduleInput = {
  freq: "WEEKLY" | "MONTHLY" | null | undefined;
  byday: string | null | undefined;
  opensAt: string | null | undefined;
  closesAt: string | null | undefined;
  /** Inclusive, a calendar date: "2026-10-01" or a Date at UTC midnight (as Prisma returns @db.Date). */
  validFrom?: Date | string | null;
  validTo?: Date | string | null;
  /** Dates this schedule does not take place (calendar dates, as validFrom). */
  cancelledDates?: ReadonlyArray<Date | string> | null;
};

export type Occurrence = {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  start: Date;
  end: Date;
  opensAt: string | undefined;
  closesAt: string | undefined;
  /** Index of the schedule it came from. */
  schedule: number;
};

const DAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
const HORIZON_DAYS = 400;

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function localParts(instant: Date): { y: number; m: number; d: number; hh: number; mm: number; ss: number } {
  const p = Object.fromEntries(partsFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return { y: +p.year!, m: +p.month!, d: +p.day!, hh: +p.hour!, mm: +p.minute!, ss: +p.second! };
}

/** Milliseconds Amsterdam is ahead of UTC at that instant (3600000 in winter, 7200000 in summer). */
function offsetAt(instant: number): number {
  const p = localParts(new Date(instant));
  return Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mm, p.ss) - Math.floor(instant / 1000) * 1000;
}

/** The instant of a local Amsterdam wall-clock time. A time skipped by the spring change moves forward an hour. */
export function amsterdamTime(date: string, time: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant);
}

/** The local calendar date of an instant, YYYY-MM-DD. */
export function amsterdamDate(instant: Date): string {
  const p = localParts(instant);
  return `${p.y}-${String(p.m).padStart(2, "0")}-${String(p.d).padStart(2, "0")}`;
}

function dateString(value: Date | string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

type ByDay = { day: number; ordinal: number | undefined };

/** "MO,WE" or "2TU" or "-1FR"; unknown parts are ignored. */
export function parseByDay(byday: string): ByDay[] {
  return byday
    .split(",")
    .map((part) => /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(part.trim().toUpperCase()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ day: DAYS.indexOf(match[2]!), ordinal: match[1] === undefined ? undefined : Number(match[1]) }));
}

function matchesDay(rule: ByDay, freq: "WEEKLY" | "MONTHLY", y: number, m: number, d: number, weekday: number): boolean {
  if (rule.day !== weekday) return false;
  if (freq === "WEEKLY" || rule.ordinal === undefined || rule.ordinal === 0) return true;
  if (rule.ordinal > 0) return Math.ceil(d / 7) === rule.ordinal;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Math.ceil((daysInMonth - d + 1) / 7) === -rule.ordinal;
}

/**
 * The next `count` moments of all schedules together, earliest first, that have not
 * ended at `from`. Schedules without a frequency or days (a description only) give none.
 */
export function nextOccurrences(schedules: readonly ScheduleInput[], from: Date, count: number): Occurrence[] {
  if (count <= 0) return [];
  const today = amsterdamDate(from);
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  const found: Occurrence[] = [];

  schedules.forEach((schedule, index) => {
    if (!schedule.freq || !schedule.byday) return;
    const rules = parseByDay(schedule.byday);
    const validFrom = dateString(schedule.validFrom);
    const validTo = dateString(schedule.validTo);
    const cancelled = new Set((schedule.cancelledDates ?? []).map(dateString));
    let taken = 0;
    for (let offset = 0; offset < HORIZON_DAYS && taken < count; offset++) {
      const day = new Date(Date.UTC(ty, tm - 1, td + offset));
      const date = day.toISOString().slice(0, 10);
      if (validTo !== undefined && date > validTo) break;
      if (validFrom !== undefined && date < validFrom) continue;
      if (cancelled.has(date)) continue;
      const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
      if (!rules.some((rule) => matchesDay(rule, schedule.freq!, y, m, d, day.getUTCDay()))) continue;
      const opensAt = schedule.opensAt ?? undefined;
      const closesAt = schedule.closesAt ?? undefined;
      const start = amsterdamTime(date, opensAt ?? "00:00");
      const end = closesAt ? amsterdamTime(date, closesAt) : amsterdamTime(date, "23:59");
      if (end.getTime() <= from.getTime()) continue;
      found.push({ date, start, end, opensAt, closesAt, schedule: index });
      taken++;
    }
  });

  return found.sort((a, b) => a.start.getTime() - b.start.getTime() || a.schedule - b.schedule).slice(0, count);
}

/** The local calendar date `days` after a local calendar date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Every moment of the schedules from `from` up to and including the `days`th local day (today is day 1), earliest first. */
export function occurrencesWithin(schedules: readonly ScheduleInput[], from: Date, days: number): Occurrence[] {
  const end = addDays(amsterdamDate(from), days);
  // A schedule takes place at most once a day, so days × schedules moments cover the window.
  return nextOccurrences(schedules, from, days * schedules.length).filter((o) => o.date < end);
}

/**
 * How a resident attends a schedule's hours:
 * - `walk-in`: come without an appointment;
 * - `appointment`: only by appointment ("op afspraak");
 * - `hours`: opening hours of another kind (a chat, a telephone line).
 */
export type Attendance = "walk-in" | "appointment" | "hours";

/** A schedule with the way it is attended (see attendanceOf). */
export type AttendedSchedule = ScheduleInput & { attendance: Attendance };

const SAYS_NO_APPOINTMENT = /zonder afspraak|geen afspraak|inloop|no appointment|without an appointment|walk[- ]in|drop[- ]in/i;
const SAYS_APPOINTMENT = /op afspraak|afspraak maken|by appointment|appointment only/i;

/**
 * The one walk-in rule. HSDS carries no "walk-in" flag per schedule: the service names its
 * ways of meeting (`co-attending`: `walk-in`, `office-appointment`, …) and each schedule
 * may describe itself in words. So, in this order:
 * 1. hours at a virtual place cannot be walked into: `hours`;
 * 2. a description that says "op afspraak" / "by appointment" (and not "zonder afspraak",
 *    "geen afspraak", "no appointment") makes them `appointment`;
 * 3. a service that offers walk-in: every other schedule of it is `walk-in`;
 * 4. a service without walk-in that offers office appointments: `appointment`;
 * 5. otherwise `hours`.
 * `descriptions` are the schedule's description in every language the catalogue gives.
 */
export function attendanceOf(descriptions: readonly string[], ways: readonly string[], virtual: boolean): Attendance {
  if (virtual) return "hours";
  const says = (pattern: RegExp) => descriptions.some((text) => pattern.test(text));
  if (says(SAYS_APPOINTMENT) && !says(SAYS_NO_APPOINTMENT)) return "appointment";
  if (ways.includes("walk-in")) return "walk-in";
  return ways.includes("office-appointment") ? "appointment" : "hours";
}

/** The schedules as they are, with every schedule that is not a walk-in left without moments (indexes stay the same). */
export function walkInOnly<T extends AttendedSchedule>(schedules: readonly T[]): T[] {
  return schedules.map((s) => (s.attendance === "walk-in" ? s : { ...s, freq: null }));
}
