import { describe, expect, it } from "vitest";
import { isId, parseId } from "./ids";
import { isOpenStatus, isVisibleStatus } from "./visibility";

describe("ids", () => {
  it("accepts UUIDs in any case and stores them in lower case", () => {
    expect(parseId("3F2504E0-4F89-41D3-9A0C-0305E82C3301")).toBe("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    expect(parseId(["3f2504e0-4f89-41d3-9a0c-0305e82c3301", "x"])).toBe("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
  });

  it.each(["", "123", "3f2504e0-4f89-41d3-9a0c-0305e82c330", "------------------------------------", "3f2504e0-4f89-41d3-9a0c-0305e82c3301 "])(
    "refuses %j",
    (value) => {
      expect(isId(value)).toBe(false);
      expect(parseId(value)).toBeUndefined();
    },
  );
});

describe("visibility", () => {
  it("shows active and temporarily closed services; only active ones are open", () => {
    expect(["active", "temporarily_closed", "inactive", "defunct"].filter(isVisibleStatus)).toEqual(["active", "temporarily_closed"]);
    expect(["active", "temporarily_closed", "inactive", "defunct"].filter(isOpenStatus)).toEqual(["active"]);
  });
});
