import { describe, expect, it } from "vitest";
import { formatDate, formatDay, formatHours, formatTime, formatWeekdays, initials, telHref } from "./format";

describe("format", () => {
  it("names days and dates in the visitor's language", () => {
    expect(formatDay("2026-12-02", "nl")).toBe("woensdag 2 december");
    expect(formatDay("2026-12-02", "en")).toBe("Wednesday 2 December");
    expect(formatDate("2026-11-12", "nl")).toBe("12 november 2026");
  });

  it("writes clock times as each language does: 10.00 and 9.30 in Dutch", () => {
    expect(formatTime("10:00", "nl")).toBe("10.00");
    expect(formatTime("09:30", "nl")).toBe("9.30");
    expect(formatTime("00:30", "nl")).toBe("0.30");
    expect(formatTime("12:30", "en")).toBe("12:30");
    expect(formatHours({ opensAt: "10:00", closesAt: "12:30" }, "nl")).toEqual({ from: "10.00", to: "12.30" });
    expect(formatHours({ opensAt: "10:00", closesAt: undefined }, "nl")).toBeUndefined();
  });

  it("joins days as people say them, in week order, and knows working days", () => {
    expect(formatWeekdays(["FR", "TU"], "nl")).toEqual({ workdays: false, text: "dinsdag en vrijdag" });
    expect(formatWeekdays(["MO", "WE", "FR"], "nl")).toEqual({ workdays: false, text: "maandag, woensdag en vrijdag" });
    expect(formatWeekdays(["TU", "FR"], "en")).toEqual({ workdays: false, text: "Tuesday and Friday" });
    expect(formatWeekdays(["TH"], "nl")).toEqual({ workdays: false, text: "donderdag" });
    expect(formatWeekdays(["MO", "TU", "WE", "TH", "FR"], "nl")).toEqual({ workdays: true });
    expect(formatWeekdays(["MO", "TU", "WE", "TH", "FR", "SA"], "nl")?.workdays).toBe(false);
    expect(formatWeekdays(["XX"], "nl")).toBeUndefined();
  });

  it("makes initials", () => {
    expect(initials("Ayşe K.")).toBe("AK");
    expect(initials("Mohammed")).toBe("M");
  });
});

describe("telHref", () => {
  it.each([
    ["030 799 10 00", "tel:+31307991000"],
    ["06-12345678", "tel:+31612345678"],
    ["+31 30 799 10 00", "tel:+31307991000"],
    ["112", "tel:112"],
    ["0800-0113", "tel:08000113"],
    ["113", "tel:113"],
    ["0900 1234567", "tel:09001234567"],
  ])("%s → %s", (number, href) => {
    expect(telHref(number)).toBe(href);
  });
});
