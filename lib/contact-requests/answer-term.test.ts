import { describe, expect, it } from "vitest";
import { ANSWER_WORKING_DAYS, answerBy } from "./answer-term";

describe("answerBy", () => {
  it("counts working days in Dutch time, skipping the weekend", () => {
    expect(ANSWER_WORKING_DAYS).toBe(3);
    // Monday 30 November 2026 → Thursday 3 December.
    expect(answerBy(new Date("2026-11-30T09:00:00Z"))).toBe("2026-12-03");
    // Thursday → Tuesday; Saturday and Sunday → Wednesday.
    expect(answerBy(new Date("2026-12-03T09:00:00Z"))).toBe("2026-12-08");
    expect(answerBy(new Date("2026-12-05T09:00:00Z"))).toBe("2026-12-09");
    expect(answerBy(new Date("2026-12-06T09:00:00Z"))).toBe("2026-12-09");
    // Friday 23.30 in Amsterdam is still Friday, though it is Friday 22.30 UTC; Saturday 00.30 there is Saturday.
    expect(answerBy(new Date("2026-12-04T22:30:00Z"))).toBe("2026-12-09");
    expect(answerBy(new Date("2026-12-04T21:30:00Z"))).toBe("2026-12-09");
    expect(answerBy(new Date("2026-12-04T10:00:00Z"))).toBe("2026-12-09");
    expect(answerBy(new Date("2026-12-03T23:30:00Z"), 1)).toBe("2026-12-07");
  });
});

describe("answerBy around public holidays", () => {
  it("does not count Christmas or Easter Monday", () => {
    // Wednesday 23 December 2026: 24, 28, 29 December (25 and 26 are holidays, 27 a Sunday).
    expect(answerBy(new Date("2026-12-23T09:00:00Z"))).toBe("2026-12-29");
    // Thursday 2 April 2026: Friday 3, (Easter Monday 6 skipped) Tuesday 7, Wednesday 8.
    expect(answerBy(new Date("2026-04-02T09:00:00Z"))).toBe("2026-04-08");
  });
});
