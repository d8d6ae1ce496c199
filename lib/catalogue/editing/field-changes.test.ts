import { describe, expect, it } from "vitest";
import { fieldChanges, flattenRecord, rebase, unflattenRecord } from "./field-changes";

describe("fieldChanges", () => {
  it("names changed, added and removed fields by path, lists as a whole", () => {
    const before = { name: { nl: "Oud", en: "Old" }, status: "active", phones: [{ number: "1" }], url: "https://a.nl" };
    const after = { name: { nl: "Nieuw", en: "Old" }, status: "active", phones: [{ number: "2" }], email: "a@b.nl" };
    expect(fieldChanges(before, after)).toEqual([
      { field: "name.nl", before: "Oud", after: "Nieuw" },
      { field: "phones", before: [{ number: "1" }], after: [{ number: "2" }] },
      { field: "email", before: null, after: "a@b.nl" },
      { field: "url", before: "https://a.nl", after: null },
    ]);
  });

  it("sees no change when only the order of keys differs", () => {
    expect(fieldChanges({ a: { x: 1, y: [1, 2] } }, { a: { y: [1, 2], x: 1 } })).toEqual([]);
  });

  it("treats a new record as every field added and a removed one as every field gone", () => {
    expect(fieldChanges(null, { code: "GM1", name: "A" })).toHaveLength(2);
    expect(fieldChanges({ code: "GM1" }, null)).toEqual([{ field: "code", before: "GM1", after: null }]);
  });
});

describe("flattenRecord and unflattenRecord", () => {
  it("are each other's inverse", () => {
    const record = { id: "x", address: { city: "Utrecht", address_1: "Straat 1" }, access_team: { name: { nl: "T" } }, list: [{ a: 1 }] };
    expect(unflattenRecord(flattenRecord(record))).toEqual(record);
  });
});

describe("rebase", () => {
  const base = { name: { nl: "Dienst" }, status: "active", x_waiting_days: 10 };

  it("keeps the other person's change of another field and adds mine", () => {
    const theirs = { ...base, x_waiting_days: 20 };
    const mine = { ...base, name: { nl: "Betere naam" } };
    expect(rebase(base, mine, theirs)).toEqual({ record: { name: { nl: "Betere naam" }, status: "active", x_waiting_days: 20 }, overlapping: [] });
  });

  it("names the fields both changed differently, with mine in the result", () => {
    const theirs = { ...base, x_waiting_days: 20 };
    const mine = { ...base, x_waiting_days: 5 };
    expect(rebase(base, mine, theirs)).toEqual({ record: mine, overlapping: ["x_waiting_days"] });
  });

  it("does not call the same change on both sides a conflict, and removes what I removed", () => {
    const theirs = { ...base, x_waiting_days: 5 };
    const mine = { name: { nl: "Dienst" }, x_waiting_days: 5 };
    expect(rebase(base, mine, theirs)).toEqual({ record: { name: { nl: "Dienst" }, x_waiting_days: 5 }, overlapping: [] });
  });

  it("starts from mine when there was nothing before", () => {
    expect(rebase(null, { a: 1 }, null)).toEqual({ record: { a: 1 }, overlapping: [] });
  });
});
