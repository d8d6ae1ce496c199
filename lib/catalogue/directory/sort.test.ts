import { describe, expect, it } from "vitest";
import type { Attendance } from "../schedule";
import { nextWalkIn, sortEntries, type SortFacts } from "./sort";

// Monday 30 November 2026, 10:00 in Amsterdam.
const NOW = new Date("2026-11-30T09:00:00Z");
const weekly = (byday: string, opensAt = "13:00", closesAt = "15:00", attendance: Attendance = "walk-in") => ({
  freq: "WEEKLY" as const,
  byday,
  opensAt,
  closesAt,
  attendance,
});

type Entry = SortFacts & { id: string };
const base: Entry = { id: "", attending: ["walk-in"], schedules: [], waitingDays: null, temporarilyClosed: false };
const entries: Entry[] = [
  { ...base, id: "friday", schedules: [weekly("FR")], waitingDays: 14 },
  { ...base, id: "none", attending: ["phone"], schedules: [weekly("MO", "13:00", "15:00", "hours")], waitingDays: 0 },
  { ...base, id: "tuesday", schedules: [weekly("TU")], waitingDays: 7 },
  { ...base, id: "today", schedules: [weekly("MO")] },
  { ...base, id: "closed", schedules: [weekly("MO", "10:00", "12:00")], waitingDays: 1, temporarilyClosed: true },
  { ...base, id: "tuesday-too", schedules: [weekly("TU")], waitingDays: 7 },
  { ...base, id: "no-schedule", waitingDays: 3 },
];
const ids = (list: readonly Entry[]) => list.map((entry) => entry.id);

describe("sortEntries", () => {
  it("keeps the directory's order by default", () => {
    expect(ids(sortEntries(entries, "relevantie", NOW))).toEqual(ids(entries));
  });

  it("soonest walk-in first; without a walk-in (or closed) last, in their old order", () => {
    expect(ids(sortEntries(entries, "inloop", NOW))).toEqual(["today", "tuesday", "tuesday-too", "friday", "none", "closed", "no-schedule"]);
  });

  it("a walk-in that has ended today counts from next week", () => {
    const late = new Date("2026-11-30T15:30:00Z"); // 16:30 in Amsterdam
    expect(ids(sortEntries(entries, "inloop", late)).slice(0, 4)).toEqual(["tuesday", "tuesday-too", "friday", "today"]);
  });

  it("shortest waiting time first; unknown (or closed) last; equals keep their order", () => {
    expect(ids(sortEntries(entries, "wachttijd", NOW))).toEqual(["none", "no-schedule", "tuesday", "tuesday-too", "friday", "today", "closed"]);
  });

  it("does not change the list it was given", () => {
    const copy = [...entries];
    sortEntries(entries, "wachttijd", NOW);
    expect(entries).toEqual(copy);
  });
});

describe("nextWalkIn", () => {
  it("only from walk-in hours", () => {
    expect(nextWalkIn(entries[3]!, NOW)?.date).toBe("2026-11-30");
    expect(nextWalkIn(entries[1]!, NOW)).toBeUndefined();
  });

  it("never from an hour by appointment, even when it comes sooner", () => {
    const both = { schedules: [weekly("MO,TU,WE,TH,FR", "09:00", "17:00", "appointment"), weekly("WE", "10:00", "12:00")] };
    expect(nextWalkIn(both, NOW)).toMatchObject({ date: "2026-12-02", opensAt: "10:00", schedule: 1 });
  });
});
