import { describe, expect, it } from "vitest";
import { amsterdamTime, nextOccurrences, parseByDay, type ScheduleInput } from "./schedule";

const weekly = (byday: string, extra: Partial<ScheduleInput> = {}): ScheduleInput => ({
  freq: "WEEKLY",
  byday,
  opensAt: "13:00",
  closesAt: "15:30",
  ...extra,
});
const monthly = (byday: string, extra: Partial<ScheduleInput> = {}): ScheduleInput => ({ ...weekly(byday), freq: "MONTHLY", ...extra });
const dates = (schedules: ScheduleInput[], from: string, count: number) =>
  nextOccurrences(schedules, new Date(from), count).map((o) => o.date);

describe("amsterdamTime", () => {
  it.each([
    ["2026-01-14", "13:00", "2026-01-14T12:00:00.000Z"], // winter, UTC+1
    ["2026-07-15", "13:00", "2026-07-15T11:00:00.000Z"], // summer, UTC+2
    ["2026-03-29", "01:30", "2026-03-29T00:30:00.000Z"], // just before the spring change
    ["2026-03-29", "03:30", "2026-03-29T01:30:00.000Z"], // just after it
    ["2026-10-25", "12:00", "2026-10-25T11:00:00.000Z"], // the autumn change day, afternoon
  ])("%s %s is %s", (date, time, iso) => {
    expect(amsterdamTime(date, time).toISOString()).toBe(iso);
  });
});

describe("parseByDay", () => {
  it("reads plain days, ordinals and negative ordinals, and skips nonsense", () => {
    expect(parseByDay("MO, we,2TU,-1FR,XX")).toEqual([
      { day: 1, ordinal: undefined },
      { day: 3, ordinal: undefined },
      { day: 2, ordinal: 2 },
      { day: 5, ordinal: -1 },
    ]);
  });
});

describe("nextOccurrences", () => {
  // 2026-11-25 is a Wednesday.
  const wednesdayMorning = "2026-11-25T08:00:00Z";

  it.each<[string, ScheduleInput[], string, number, string[]]>([
    ["weekly, today still to come", [weekly("WE")], wednesdayMorning, 3, ["2026-11-25", "2026-12-02", "2026-12-09"]],
    ["weekly, today's session under way counts", [weekly("WE")], "2026-11-25T13:00:00Z", 1, ["2026-11-25"]],
    ["weekly, today's session over", [weekly("WE")], "2026-11-25T15:00:00Z", 1, ["2026-12-02"]],
    ["two days a week", [weekly("MO,TH")], wednesdayMorning, 3, ["2026-11-26", "2026-11-30", "2026-12-03"]],
    ["second Tuesday of the month", [monthly("2TU")], wednesdayMorning, 3, ["2026-12-08", "2027-01-12", "2027-02-09"]],
    ["last Friday of the month", [monthly("-1FR")], wednesdayMorning, 3, ["2026-11-27", "2026-12-25", "2027-01-29"]],
    ["first Monday", [monthly("1MO")], wednesdayMorning, 2, ["2026-12-07", "2027-01-04"]],
    ["valid_from in the future", [weekly("WE", { validFrom: "2027-01-01" })], wednesdayMorning, 1, ["2027-01-06"]],
    ["valid_to ends the season", [weekly("WE", { validTo: "2026-12-02" })], wednesdayMorning, 5, ["2026-11-25", "2026-12-02"]],
    ["season over", [weekly("WE", { validTo: new Date("2026-11-01T00:00:00Z") })], wednesdayMorning, 3, []],
    ["valid dates as Prisma Date values", [weekly("WE", { validFrom: new Date("2026-12-09T00:00:00Z") })], wednesdayMorning, 1, ["2026-12-09"]],
    ["schedules merged in time order", [weekly("FR"), monthly("-1TH")], wednesdayMorning, 3, ["2026-11-26", "2026-11-27", "2026-12-04"]],
    ["description only gives nothing", [{ freq: null, byday: null, opensAt: null, closesAt: null }], wednesdayMorning, 3, []],
    ["count 0", [weekly("WE")], wednesdayMorning, 0, []],
  ])("%s", (_name, schedules, from, count, expected) => {
    expect(dates(schedules, from, count)).toEqual(expected);
  });

  it("keeps the local time across the change to summer time", () => {
    const [before, after] = nextOccurrences([weekly("SA")], new Date("2026-03-21T00:00:00Z"), 2);
    expect(before!.start.toISOString()).toBe("2026-03-21T12:00:00.000Z");
    expect(after!.start.toISOString()).toBe("2026-03-28T12:00:00.000Z");
    const [sunday] = nextOccurrences([weekly("SU")], new Date("2026-03-28T00:00:00Z"), 1);
    expect(sunday!.start.toISOString()).toBe("2026-03-29T11:00:00.000Z");
    expect(sunday!.end.toISOString()).toBe("2026-03-29T13:30:00.000Z");
  });

  it("uses the Amsterdam date, not the UTC date, late in the evening", () => {
    // 23:30 UTC on Tuesday is already Wednesday 00:30 in Amsterdam.
    expect(dates([weekly("WE")], "2026-11-24T23:30:00Z", 1)).toEqual(["2026-11-25"]);
  });
});
