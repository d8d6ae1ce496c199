import { z } from "zod";
import { dutchDay } from "@/lib/calendar/working-days";

/**
 * The period of the handover figures: whole months, `van` to `tot` (both included,
 * "YYYY-MM", Dutch calendar months). Missing: the last MONTHS_BY_DEFAULT months up to
 * this one. Anything else that is not a real period (a month in the future, the end
 * before the start, longer than MAX_MONTHS) is an error the page words; the default
 * period is shown then.
 */
export const MONTHS_BY_DEFAULT = 6;
export const MAX_MONTHS = 24;

const MONTH = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month");

export type MonthPeriod = { from: string; to: string };
export type PeriodError = "month" | "order" | "long" | "future";

export function monthOf(day: Date): string {
  return dutchDay(day).slice(0, 7);
}

/** The month `count` months after `month` (negative: before). */
export function addMonths(month: string, count: number): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (number - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function monthsBetween(from: string, to: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return index(to) - index(from) + 1;
}

/** The months one can choose, newest first: this month and the MAX_MONTHS - 1 before it. */
export function choosableMonths(today: Date): string[] {
  const now = monthOf(today);
  return Array.from({ length: MAX_MONTHS }, (_, index) => addMonths(now, -index));
}

export function defaultPeriod(today: Date): MonthPeriod {
  const to = monthOf(today);
  return { from: addMonths(to, -(MONTHS_BY_DEFAULT - 1)), to };
}

const first = (value: string | string[] | undefined) => [value ?? []].flat()[0];

export function periodSchema(today: Date) {
  const now = monthOf(today);
  return z
    .object({ van: MONTH, tot: MONTH })
    .refine(({ van, tot }) => van <= now && tot <= now, "future")
    .refine(({ van, tot }) => van <= tot, "order")
    .refine(({ van, tot }) => monthsBetween(van, tot) <= MAX_MONTHS, "long");
}

export function parseMonthPeriod(query: Record<string, string | string[] | undefined>, today = new Date()): { period: MonthPeriod; error?: PeriodError } {
  const van = first(query.van);
  const tot = first(query.tot);
  if (van === undefined && tot === undefined) return { period: defaultPeriod(today) };
  const parsed = periodSchema(today).safeParse({ van, tot });
  if (parsed.success) return { period: { from: parsed.data.van, to: parsed.data.tot } };
  const code = parsed.error.issues[0]?.message;
  return { period: defaultPeriod(today), error: code === "future" || code === "order" || code === "long" ? code : "month" };
}
