import { describe, expect, it } from "vitest";
import { isOverdue } from "./overdue";

describe("isOverdue", () => {
  const friday = new Date("2026-11-27T10:00:00Z");
  it("is overdue after the term in working days, while the request waits", () => {
    expect(isOverdue({ status: "new", createdAt: friday }, 3, new Date("2026-12-01T10:00:00Z"))).toBe(false);
    expect(isOverdue({ status: "new", createdAt: friday }, 3, new Date("2026-12-02T08:00:00Z"))).toBe(true);
    expect(isOverdue({ status: "opened", createdAt: friday }, 3, new Date("2026-12-02T08:00:00Z"))).toBe(true);
  });
  it("is never overdue once answered", () => {
    for (const status of ["accepted", "declined", "contacted", "closed"] as const) {
      expect(isOverdue({ status, createdAt: friday }, 3, new Date("2027-01-01T10:00:00Z"))).toBe(false);
    }
  });
  it("skips Christmas", () => {
    const dec23 = new Date("2026-12-23T10:00:00Z");
    expect(isOverdue({ status: "new", createdAt: dec23 }, 3, new Date("2026-12-28T10:00:00Z"))).toBe(false);
    expect(isOverdue({ status: "new", createdAt: dec23 }, 3, new Date("2026-12-29T10:00:00Z"))).toBe(true);
  });
});
