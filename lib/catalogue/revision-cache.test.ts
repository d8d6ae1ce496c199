import { describe, expect, it } from "vitest";
import { RevisionCache } from "./revision-cache";

describe("RevisionCache", () => {
  it("loads once per key and revision, and again after the revision changes", async () => {
    const cache = new RevisionCache<number>();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get("a", 1, load)).toBe(1);
    expect(await cache.get("a", 1, load)).toBe(1);
    expect(await cache.get("a", 2, load)).toBe(2);
    expect(await cache.get("a", 1, load)).toBe(3); // an old revision is never served from the cache
  });

  it("shares a load in flight and forgets a failed one", async () => {
    const cache = new RevisionCache<string>();
    let calls = 0;
    const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve(`v${++calls}`), 5));
    const [x, y] = await Promise.all([cache.get("k", 1, slow), cache.get("k", 1, slow)]);
    expect([x, y, calls]).toEqual(["v1", "v1", 1]);
    await expect(cache.get("bad", 1, () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("bad", 1, async () => "ok")).toBe("ok");
  });

  it("keeps at most maxEntries, dropping the least recently used", async () => {
    const cache = new RevisionCache<string>(2);
    await cache.get("a", 1, async () => "a1");
    await cache.get("b", 1, async () => "b1");
    await cache.get("a", 1, async () => "never");
    await cache.get("c", 1, async () => "c1");
    expect(await cache.get("a", 1, async () => "a2")).toBe("a1");
    expect(await cache.get("b", 1, async () => "b2")).toBe("b2");
  });
});
