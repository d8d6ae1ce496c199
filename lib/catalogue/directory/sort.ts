import { nextOccurrences, walkInOnly, type AttendedSchedule, type Occurrence } from "../schedule";
import type { SortCode } from "../url-params";

/** The facts of a service the directory sorts on. */
export type SortFacts = {
  attending: readonly string[];
  schedules: readonly AttendedSchedule[];
  waitingDays: number | null;
  temporarilyClosed: boolean;
};

/** The next walk-in moment (never an hour by appointment, schedule.ts attendanceOf); the directory card shows the same one. */
export function nextWalkIn(facts: Pick<SortFacts, "schedules">, now: Date): Occurrence | undefined {
  return nextOccurrences(walkInOnly(facts.schedules), now, 1)[0];
}

/**
 * A number to sort on, smaller first; undefined when the service lacks the fact. A
 * temporarily closed service has neither a walk-in nor a waiting time that means anything now.
 */
function sortKey(facts: SortFacts, sort: Exclude<SortCode, "relevantie">, now: Date): number | undefined {
  if (facts.temporarilyClosed) return undefined;
  if (sort === "wachttijd") return facts.waitingDays ?? undefined;
  return nextWalkIn(facts, now)?.start.getTime();
}

/**
 * The entries in the chosen order. Services without the fact go last; equal ones keep
 * the order they came in (the directory's own order), so the result is stable.
 */
export function sortEntries<T extends SortFacts>(entries: readonly T[], sort: SortCode, now: Date): T[] {
  if (sort === "relevantie") return [...entries];
  const keyed = entries.map((entry, index) => ({ entry, index, key: sortKey(entry, sort, now) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) return (a.key === undefined ? 1 : 0) - (b.key === undefined ? 1 : 0) || a.index - b.index;
    return a.key - b.key || a.index - b.index;
  });
  return keyed.map((item) => item.entry);
}
