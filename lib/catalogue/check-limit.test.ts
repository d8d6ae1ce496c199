import { describe, expect, it } from "vitest";
import { checkLimitDay, isPastCheckLimit } from "./check-limit";

describe("the check limit", () => {
  it("goes back whole months, ending on a month's last day when the day is not there", () => {
    expect(checkLimitDay("2026-11-30", 12)).toBe("2025-11-30");
    expect(checkLimitDay("2026-03-31", 1)).toBe("2026-02-28");
    expect(checkLimitDay("2028-03-31", 1)).toBe("2028-02-29");
    expect(checkLimitDay("2026-01-15", 1)).toBe("2025-12-15");
    expect(checkLimitDay("2026-05-10", 30)).toBe("2023-11-10");
  });

  it("marks a service never checked, or checked more than the months ago", () => {
    expect(isPastCheckLimit(null, "2026-11-30", 12)).toBe(true);
    expect(isPastCheckLimit(undefined, "2026-11-30", 12)).toBe(true);
    expect(isPastCheckLimit("2025-11-29", "2026-11-30", 12)).toBe(true);
  });

  it("does not mark one checked exactly the months ago, or later", () => {
    expect(isPastCheckLimit("2025-11-30", "2026-11-30", 12)).toBe(false);
    expect(isPastCheckLimit("2026-11-30", "2026-11-30", 12)).toBe(false);
    expect(isPastCheckLimit("2026-06-01", "2026-11-30", 6)).toBe(false);
    expect(isPastCheckLimit("2026-05-29", "2026-11-30", 6)).toBe(true);
  });
});
