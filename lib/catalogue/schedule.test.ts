import { describe, expect, it } from "vitest";
import { amsterdamTime, attendanceOf, nextOccurrences, occurrencesWithin, parseByDay, walkInOnly, type Attendance, type ScheduleInput } from "./schedule";

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

describe("attendanceOf (the walk-in rule)", () => {
  const both = ["walk-in", "office-appointment", "phone"];
  it.each<[string, string[], string[], boolean, Attendance]>([
    ["walk-in service, hours say no appointment", ["Elke dinsdagochtend. U hoeft geen afspraak te maken."], both, false, "walk-in"],
    ["walk-in service, hours say by appointment only", ["Op werkdagen, alleen op afspraak.", "Weekdays, by appointment only."], both, false, "appointment"],
    ["English alone can say it", ["Evening video calls, by appointment."], both, false, "appointment"],
    ["'zonder afspraak' is not 'op afspraak'", ["Elke maandagochtend. Zonder afspraak."], both, false, "walk-in"],
    ["walk-in service, hours say nothing", ["Elke vrijdagochtend."], ["walk-in", "home-visit"], false, "walk-in"],
    ["walk-in and appointments, hours say nothing: walk-in", ["Op maandag, woensdag en vrijdag."], ["walk-in", "office-appointment"], false, "walk-in"],
    ["no description", [], ["walk-in"], false, "walk-in"],
    ["appointments only", ["Elke woensdagochtend."], ["home-visit", "office-appointment"], false, "appointment"],
    ["no walk-in although the hours say so: the service's ways decide", ["Zonder afspraak."], ["home-visit", "phone"], false, "hours"],
    ["a chat's hours", ["Op werkdagen overdag."], ["online"], false, "hours"],
    ["a virtual place is never walked into", ["Inloop zonder afspraak."], ["walk-in", "online"], true, "hours"],
  ])("%s", (_name, descriptions, ways, virtual, expected) => {
    expect(attendanceOf(descriptions, ways, virtual)).toBe(expected);
  });
});

describe("occurrencesWithin (walk-in hours of the coming days)", () => {
  // Monday 30 November 2026, 10:00 in Amsterdam.
  const monday = new Date("2026-11-30T09:00:00Z");
  const within = (schedules: ScheduleInput[], from: Date, days = 14) => occurrencesWithin(schedules, from, days).map((o) => `${o.date} ${o.schedule}`);

  it.each<[string, ScheduleInput[], string[]]>([
    ["weekly: twice in 14 days", [weekly("WE")], ["2026-12-02 0", "2026-12-09 0"]],
    ["today's hour still to come, and the last of the 14 days", [weekly("MO")], ["2026-11-30 0", "2026-12-07 0"]],
    ["two schedules merged by time", [weekly("TH"), weekly("TU", { opensAt: "09:30", closesAt: "12:00" })], ["2026-12-01 1", "2026-12-03 0", "2026-12-08 1", "2026-12-10 0"]],
    ["monthly: once", [monthly("1FR")], ["2026-12-04 0"]],
    ["monthly outside the window: none", [monthly("-1TU")], []],
    ["a cancelled date disappears", [weekly("WE", { cancelledDates: ["2026-12-02"] })], ["2026-12-09 0"]],
    ["cancelled dates as Prisma Date values", [weekly("WE", { cancelledDates: [new Date("2026-12-09T00:00:00Z")] })], ["2026-12-02 0"]],
    ["a season that starts later", [weekly("WE", { validFrom: "2026-12-05" })], ["2026-12-09 0"]],
    ["every day; today's hour is over, the 14th day is Sunday 13 December", [weekly("MO,TU,WE,TH,FR,SA,SU", { opensAt: "08:00", closesAt: "09:00" })], [...Array(13).keys()].map((i) => `${new Date(Date.UTC(2026, 11, 1 + i)).toISOString().slice(0, 10)} 0`)],
  ])("%s", (_name, schedules, expected) => {
    expect(within(schedules, monday)).toEqual(expected);
  });

  it("ends after the 14th local day, also late in the evening", () => {
    // Sunday 29 November 23:30 in Amsterdam is still day 1; Saturday 12 December is day 14.
    const late = new Date("2026-11-29T22:30:00Z");
    expect(within([weekly("SA,SU", { opensAt: "10:00", closesAt: "12:00" })], late)).toEqual(["2026-12-05 0", "2026-12-06 0", "2026-12-12 0"]);
  });

  it("keeps the local hour across the change to winter time", () => {
    // The clocks go back on Sunday 25 October 2026: 13:00 is 11:00 UTC before and 12:00 UTC after.
    const found = occurrencesWithin([weekly("TU")], new Date("2026-10-19T08:00:00Z"), 14);
    expect(found.map((o) => o.start.toISOString())).toEqual(["2026-10-20T11:00:00.000Z", "2026-10-27T12:00:00.000Z"]);
  });

  it("walkInOnly leaves the other hours without moments, indexes unchanged", () => {
    const schedules = [
      { ...weekly("MO,TU,WE,TH,FR", { opensAt: "09:00", closesAt: "17:00" }), attendance: "appointment" as const },
      { ...weekly("WE"), attendance: "walk-in" as const },
    ];
    expect(within(walkInOnly(schedules), monday)).toEqual(["2026-12-02 1", "2026-12-09 1"]);
  });
});
