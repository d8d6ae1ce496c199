import { describe, expect, it } from "vitest";
import { ByteLru } from "./byte-lru";

describe("ByteLru", () => {
  it("keeps at most maxBytes, dropping the least recently used first", () => {
    const lru = new ByteLru<string>(100);
    lru.set("a", "A", 10);
    lru.set("b", "B", 10);
    expect(lru.get("a")).toBe("A"); // a is now the most recently used
    for (let i = 0; i < 9; i++) lru.set(`x${i}`, "X", 10);
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe("A");
  });

  it("refuses a value larger than an eighth of the whole, so one page cannot push out the rest", () => {
    const lru = new ByteLru<string>(800);
    lru.set("small", "s", 10);
    lru.set("huge", "h", 101);
    expect(lru.get("huge")).toBeUndefined();
    expect(lru.get("small")).toBe("s");
  });

  it("counts a replaced value once", () => {
    const lru = new ByteLru<string>(80);
    for (let i = 0; i < 20; i++) lru.set("same", String(i), 10);
    lru.set("other", "o", 10);
    expect(lru.get("same")).toBe("19");
    expect(lru.get("other")).toBe("o");
  });
});
