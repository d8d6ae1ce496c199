import { describe, expect, it } from "vitest";
import { canonical } from "./compare";
import { describeProblem, isProblemCode } from "./messages";
import { ruleMessages } from "./messages-rules";
import { shapeMessages } from "./messages-shape";
import { formatPath } from "./problems";

describe("problem messages", () => {
  const codes = [...Object.keys(shapeMessages), ...Object.keys(ruleMessages)];

  it.each(codes)("%s has a Dutch and an English sentence", (code) => {
    const { nl, en } = describeProblem(code, { field: "name", first: "$.services[0]", values: ["a"], id: "co-kind", code: "x", ref: "a:b", megabytes: 2.5 });
    expect(nl).toMatch(/^[A-Z"$].*[.)]$/su);
    expect(en).toMatch(/^[A-Z"$].*[.)]$/su);
    expect(nl).not.toEqual(en);
  });

  it("has no code twice", () => {
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("falls back to a general sentence for an unknown code", () => {
    expect(isProblemCode("nope")).toBe(false);
    expect(describeProblem("nope").nl).toBe("Deze waarde klopt niet.");
  });

  it("writes sizes the Dutch way in Dutch", () => {
    const { nl, en } = describeProblem("photo_too_large", { megabytes: 2.54 });
    expect([nl, en]).toEqual([expect.stringContaining("2,5 MB"), expect.stringContaining("2.5 MB")]);
  });
});

describe("paths and comparison", () => {
  it("formats JSON paths as a reader expects", () => {
    expect(formatPath(["services", 3, "attributes", 0])).toBe("$.services[3].attributes[0]");
    expect(formatPath(["services", 0, "name", "en-GB"])).toBe('$.services[0].name["en-GB"]');
    expect(formatPath([])).toBe("$");
  });

  it("compares values regardless of key order, and dates by instant", () => {
    expect(canonical({ nl: "a", en: "b" })).toBe(canonical({ en: "b", nl: "a" }));
    expect(canonical({ d: new Date("2026-10-01T00:00:00Z") })).toBe(canonical({ d: new Date(Date.UTC(2026, 9, 1)) }));
    expect(canonical({ a: undefined, b: 1 })).toBe(canonical({ b: 1 }));
    expect(canonical({ a: null })).not.toBe(canonical({}));
  });
});
