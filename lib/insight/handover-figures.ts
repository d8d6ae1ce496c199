/**
 * Handover figures for the policy team (issue 15): requests per service and per team per
 * month, time to the first response, the share declined and the outcomes. Pure: the
 * counts come from SQL aggregates (./handovers.ts); nothing here sees a request.
 *
 * Every count below MIN_SHOWN (5), zero included, is hidden (null: "minder dan 5"), and
 * so is a figure worked out from one (a median of four answers, a share of three
 * declines). No totals are shown next to hidden counts, so none can be worked back.
 */
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { MIN_SHOWN } from "./figures";

export type Count = number | null;

import { OUTCOMES, type Outcome } from "@/lib/contact-requests/schema";

export { OUTCOMES, type Outcome };

export function shown(count: number): Count {
  return count >= MIN_SHOWN ? count : null;
}

/** How many working days (lib/calendar) answers took, as counts: `days` for `count` requests. */
export type Spread = Array<{ days: number; count: number }>;

/**
 * The p-th percentile by nearest rank: the smallest value with at least p of all
 * requests at or below it (the median is p = 0.5). Null below MIN_SHOWN requests.
 */
export function percentile(spread: Spread, p: number): number | null {
  const total = spread.reduce((sum, step) => sum + step.count, 0);
  if (total < MIN_SHOWN) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const step of [...spread].sort((a, b) => a.days - b.days)) {
    seen += step.count;
    if (seen >= rank) return step.days;
  }
  return null;
}

/** One SQL row: requests made on Dutch day `created` and first answered on day `answered`. */
export type AnswerDays = { key: string; created: string; answered: string; count: number };

const noon = (day: string) => new Date(`${day}T12:00:00Z`);

/** Working days to the first response, per key (a service) and for all keys together. */
export function answerSpreads(rows: readonly AnswerDays[]): { byKey: Map<string, Spread>; all: Spread } {
  const byKey = new Map<string, Map<number, number>>();
  const all = new Map<number, number>();
  for (const row of rows) {
    const days = workingDaysBetween(noon(row.created), noon(row.answered));
    const steps = byKey.get(row.key) ?? new Map<number, number>();
    steps.set(days, (steps.get(days) ?? 0) + row.count);
    byKey.set(row.key, steps);
    all.set(days, (all.get(days) ?? 0) + row.count);
  }
  const spread = (steps: Map<number, number>): Spread => [...steps].map(([days, count]) => ({ days, count }));
  return { byKey: new Map([...byKey].map(([key, steps]) => [key, spread(steps)])), all: spread(all) };
}

export type ResponseFigure = { answered: Count; median: number | null; p90: number | null };

export function responseFigure(spread: Spread): ResponseFigure {
  const answered = spread.reduce((sum, step) => sum + step.count, 0);
  return { answered: shown(answered), median: percentile(spread, 0.5), p90: percentile(spread, 0.9) };
}

/** The share declined in whole percents, only when both counts are shown. */
export function declinedShare(requests: number, declined: number): number | null {
  if (shown(requests) === null || shown(declined) === null) return null;
  return Math.round((declined / requests) * 100);
}

/** Outcomes per kind of service: counts of services summed per kind first, hidden after. */
export function outcomesByKind(rows: ReadonlyArray<{ kind: string; outcome: Outcome; count: number }>): Array<{ kind: string; counts: Record<Outcome, Count> }> {
  const sums = new Map<string, Record<Outcome, number>>();
  for (const row of rows) {
    const counts = sums.get(row.kind) ?? (Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>);
    counts[row.outcome] += row.count;
    sums.set(row.kind, counts);
  }
  return [...sums]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, counts]) => ({ kind, counts: Object.fromEntries(OUTCOMES.map((o) => [o, shown(counts[o])])) as Record<Outcome, Count> }));
}

/** The tables of the handover figures, each its own CSV download (`tabel`). */
export const HANDOVER_TABLES = ["handovers-service", "handovers-team", "response", "declined", "outcomes"] as const;
export type HandoverTable = (typeof HANDOVER_TABLES)[number];
