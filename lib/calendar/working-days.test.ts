import { describe, expect, it } from "vitest";
import { addWorkingDays, dutchDay, easterSunday, isWorkingDay, publicHolidays, workingDaysBetween } from "./working-days";

describe("the Dutch working-day calendar", () => {
  it("finds Easter Sunday", () => {
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
    expect(easterSunday(2038)).toBe("2038-04-25");
  });

  it("knows the public holidays of the Algemene termijnenwet", () => {
    expect([...publicHolidays(2026)].sort()).toEqual([
      "2026-01-01",
      "2026-04-06", // Easter Monday
      "2026-04-27", // King's Day
      "2026-05-05",
      "2026-05-14", // Ascension Day
      "2026-05-25", // Whit Monday
      "2026-12-25",
      "2026-12-26",
    ]);
    // 27 April 2025 was a Sunday: King's Day moved to Saturday the 26th.
    expect(publicHolidays(2025).has("2025-04-26")).toBe(true);
    expect(publicHolidays(2025).has("2025-04-27")).toBe(false);
  });

  it("skips weekends and holidays", () => {
    expect(isWorkingDay("2026-12-24")).toBe(true);
    expect(isWorkingDay("2026-12-25")).toBe(false);
    expect(isWorkingDay("2026-12-26")).toBe(false);
    expect(isWorkingDay("2026-12-27")).toBe(false);
    // Thursday 24 December 2026 + 3 working days: 28, 29, 30 December.
    expect(addWorkingDays(new Date("2026-12-24T10:00:00Z"), 3)).toBe("2026-12-30");
    // Friday + 1: Monday; the Friday before Easter Monday + 1: Tuesday.
    expect(addWorkingDays(new Date("2026-11-27T10:00:00Z"), 1)).toBe("2026-11-30");
    expect(addWorkingDays(new Date("2026-04-03T10:00:00Z"), 1)).toBe("2026-04-07");
  });

  it("counts in Dutch time, not the server's", () => {
    // 23:30 UTC on Friday 27 November is already Saturday in Amsterdam.
    expect(dutchDay(new Date("2026-11-27T23:30:00Z"))).toBe("2026-11-28");
    // Summer time (UTC+2) and the first of a month.
    expect(dutchDay(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(dutchDay(new Date("2026-06-30T21:30:00Z"))).toBe("2026-06-30");
    expect(addWorkingDays(new Date("2026-11-27T23:30:00Z"), 1)).toBe("2026-11-30");
  });

  it("counts whole working days between two moments", () => {
    const friday = new Date("2026-11-27T09:00:00Z");
    expect(workingDaysBetween(friday, new Date("2026-11-29T20:00:00Z"))).toBe(0);
    expect(workingDaysBetween(friday, new Date("2026-11-30T08:00:00Z"))).toBe(1);
    expect(workingDaysBetween(friday, new Date("2026-12-02T08:00:00Z"))).toBe(3);
    expect(workingDaysBetween(new Date("2026-12-24T09:00:00Z"), new Date("2026-12-28T09:00:00Z"))).toBe(1);
    expect(workingDaysBetween(friday, friday)).toBe(0);
  });
});
