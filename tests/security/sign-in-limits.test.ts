import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, signIn } from "@/lib/auth/sign-in";
import * as password from "@/lib/auth/password";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";

// Counts every password check sign-in asks for, and how many ran at once.
const calls = vi.hoisted(() => ({ started: 0, running: 0, most: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...actual,
    verifyPassword: vi.fn(async (plain: string, stored: string) => {
      calls.started += 1;
      calls.running += 1;
      calls.most = Math.max(calls.most, calls.running);
      try {
        return await actual.verifyPassword(plain, stored);
      } finally {
        calls.running -= 1;
      }
    }),
  };
});

describe.each(testEngines)("sign-in protects the server's cores (%s)", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await db.prisma.user.create({
      data: { email: "mw@example.nl", name: "M. W.", role: "staff", passwordHash: await password.hashPassword("een lang wachtwoord") },
    });
  });
  afterAll(() => db.close());

  it("checks the limits before the password hash", async () => {
    // An account's limit used up, from many addresses.
    for (let i = 0; i < ACCOUNT_LIMIT.max; i++) {
      await signIn(db.prisma, { email: "mw@example.nl", password: "fout", ip: `10.0.0.${i}` });
    }
    calls.started = 0;
    const result = await signIn(db.prisma, { email: "MW@example.nl", password: "een lang wachtwoord", ip: "10.0.1.1" });
    expect(result).toEqual({ ok: false, reason: "limited" });
    expect(calls.started).toBe(0);
    // The same for an address's limit, with an account that does not exist: the same answer.
    for (let i = 0; i < ADDRESS_LIMIT.max; i++) {
      await signIn(db.prisma, { email: `x${i}@example.nl`, password: "fout", ip: "10.0.2.2" });
    }
    calls.started = 0;
    const unknown = await signIn(db.prisma, { email: "niemand@example.nl", password: "fout", ip: "10.0.2.2" });
    expect(unknown).toEqual({ ok: false, reason: "limited" });
    expect(calls.started).toBe(0);
  });

  it("runs at most a few hashes at once and answers a burst beyond that 'limited'", async () => {
    calls.most = 0;
    const burst = await Promise.all(
      Array.from({ length: 3 * password.MAX_CONCURRENT_HASHES }, (_, i) =>
        signIn(db.prisma, { email: `burst${i}@example.nl`, password: "fout", ip: `10.1.${i}.1` }),
      ),
    );
    expect(calls.most).toBeLessThanOrEqual(password.MAX_CONCURRENT_HASHES);
    expect(burst.filter((r) => !r.ok && r.reason === "limited").length).toBeGreaterThan(0);
    expect(password.hashSlots.running).toBe(0);
  });

  it("answers 'limited' without hashing while every slot is taken", async () => {
    const taken = Array.from({ length: password.MAX_CONCURRENT_HASHES }, () => password.hashSlots.tryTake());
    expect(taken.every(Boolean)).toBe(true);
    expect(password.hashSlots.tryTake()).toBe(false);
    calls.started = 0;
    try {
      const result = await signIn(db.prisma, { email: "mw@example.nl", password: "een lang wachtwoord", ip: "10.3.0.1" });
      expect(result).toEqual({ ok: false, reason: "limited" });
      expect(calls.started).toBe(0);
    } finally {
      taken.forEach(() => password.hashSlots.give());
    }
    await db.prisma.rateLimitBucket.deleteMany({});
    const signedIn = await signIn(db.prisma, { email: "mw@example.nl", password: "een lang wachtwoord", ip: "10.3.0.1" });
    expect(signedIn.ok).toBe(true);
  });
});
