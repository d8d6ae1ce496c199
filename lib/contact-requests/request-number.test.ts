import { describe, expect, it } from "vitest";
import { parseRequestNumber, requestNumber } from "./request-number";

describe("request numbers", () => {
  it("are the first eight hex digits of the id, in two groups, and read back from an address", () => {
    const number = requestNumber("6f1c2b7e-8d4a-4f3b-9c1d-2e5f6a7b8c9d");
    expect(number).toBe("6F1C-2B7E");
    expect(parseRequestNumber(number)).toBe(number);
    expect(parseRequestNumber(["6f1c-2b7e", "x"])).toBe("6F1C-2B7E");
  });

  it("refuses anything else calmly", () => {
    for (const value of [undefined, "", "6F1C2B7E", "6F1C-2B7", "Fatma", "<script>", ["nope"]]) expect(parseRequestNumber(value)).toBeUndefined();
  });
});
