import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { hit, peek, reset, sweep } from "./rate-limit";

describe.each(testEngines)("rate limits on %s", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(() => db?.close());
  const limit = { max: 3, windowSeconds: 60 };
  const t0 = new Date("2026-11-25T10:00:05Z");

  it("allows up to max hits in a window, then refuses with the time to wait", async () => {
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await hit(db.prisma, "k1", limit, t0));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(results[4]).toMatchObject({ remaining: 0, retryAfterSeconds: 55 });
    expect((await peek(db.prisma, "k1", limit, t0)).allowed).toBe(false);
  });

  it("starts counting again in the next window", async () => {
    const later = new Date(t0.getTime() + 60_000);
    expect((await hit(db.prisma, "k1", limit, later)).remaining).toBe(2);
  });

  it("counts concurrent hits exactly", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => hit(db.prisma, "k2", limit, t0)));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });

  it("keeps keys apart, resets a key, and sweeps passed windows", async () => {
    expect((await hit(db.prisma, "k3", limit, t0)).remaining).toBe(2);
    await reset(db.prisma, "k3");
    expect((await peek(db.prisma, "k3", limit, t0)).remaining).toBe(3);
    expect(await sweep(db.prisma, new Date(t0.getTime() + 3_600_000))).toBeGreaterThan(0);
  });
});
