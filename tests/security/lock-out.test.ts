import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, PAIR_LIMIT, signIn } from "@/lib/auth/sign-in";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { makeActor } from "@/tests/staff/fixtures";

/**
 * A stranger must not be able to keep an account's owner out: failures count per account
 * and address, and the slower limit per account does not hold back the owner at an
 * address they signed in from before.
 */
describe.each(testEngines)("no lock-out by strangers (%s)", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(() => db?.close());

  it("a stranger's failures from their own address do not block the owner at another address", async () => {
    const owner = await makeActor(db.prisma, "staff");
    const now = new Date();
    for (let i = 0; i < PAIR_LIMIT.max + 3; i++) await signIn(db.prisma, { email: owner.email, password: "geraden-wachtwoord", ip: "203.0.113.66" }, now);
    // The stranger is held back …
    expect(await signIn(db.prisma, { email: owner.email, password: "een-lang-wachtwoord", ip: "203.0.113.66" }, now)).toEqual({ ok: false, reason: "limited" });
    // … the owner is not.
    expect((await signIn(db.prisma, { email: owner.email, password: "een-lang-wachtwoord", ip: "198.51.100.7" }, now)).ok).toBe(true);
  });

  it("the per-account limit against guessing from many addresses does not hold back the owner at a known address", async () => {
    const owner = await makeActor(db.prisma, "staff");
    const now = new Date();
    // The owner signed in from the office before.
    expect((await signIn(db.prisma, { email: owner.email, password: "een-lang-wachtwoord", ip: "198.51.100.20" }, now)).ok).toBe(true);
    // An attacker with many addresses uses up the per-account limit.
    for (let i = 0; i < ACCOUNT_LIMIT.max + 2; i++) {
      await signIn(db.prisma, { email: owner.email, password: "geraden-wachtwoord", ip: `203.0.113.${100 + i}` }, now);
    }
    expect(await signIn(db.prisma, { email: owner.email, password: "een-lang-wachtwoord", ip: "203.0.113.250" }, now)).toEqual({ ok: false, reason: "limited" });
    // The owner at the office still gets in, also after a typo.
    expect((await signIn(db.prisma, { email: owner.email, password: "typfout-wachtwoord", ip: "198.51.100.20" }, now)).ok).toBe(false);
    expect((await signIn(db.prisma, { email: owner.email, password: "een-lang-wachtwoord", ip: "198.51.100.20" }, now)).ok).toBe(true);
    // And at a new address once the hour is over.
    const later = new Date(now.getTime() + ACCOUNT_LIMIT.windowSeconds * 1000);
    expect((await signIn(db.prisma, { email: owner.email, password: "een-lang-wachtwoord", ip: "192.0.2.99" }, later)).ok).toBe(true);
  });

  it("the owner's own address is limited too, per account and address, so guessing from there stays slow", async () => {
    const owner = await makeActor(db.prisma, "staff");
    const now = new Date();
    await signIn(db.prisma, { email: owner.email, password: "een-lang-wachtwoord", ip: "198.51.100.30" }, now);
    for (let i = 0; i < PAIR_LIMIT.max; i++) await signIn(db.prisma, { email: owner.email, password: "geraden-wachtwoord", ip: "198.51.100.30" }, now);
    expect(await signIn(db.prisma, { email: owner.email, password: "een-lang-wachtwoord", ip: "198.51.100.30" }, now)).toEqual({ ok: false, reason: "limited" });
  });

  it("one office behind one address: 40 colleagues sign in, and failures from there are still limited", async () => {
    const office = "198.51.100.40";
    const now = new Date();
    const colleagues = await Promise.all(Array.from({ length: 40 }, () => makeActor(db.prisma, "staff")));
    expect(colleagues.length).toBeGreaterThan(ADDRESS_LIMIT.max);
    for (const colleague of colleagues) {
      expect((await signIn(db.prisma, { email: colleague.email, password: "een-lang-wachtwoord", ip: office }, now)).ok).toBe(true);
    }
    // Nothing of the address's limit was used by the sign-ins that worked.
    expect(await db.prisma.rateLimitBucket.findUnique({ where: { key: `sign-in:ip:${office}` } })).toBeNull();
    // Failures count per address: after ADDRESS_LIMIT.max of them (each for another name) the address waits.
    for (let i = 0; i < ADDRESS_LIMIT.max; i++) {
      expect(await signIn(db.prisma, { email: `geraden-${i}@example.nl`, password: "fout", ip: office }, now)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn(db.prisma, { email: colleagues[0]!.email, password: "een-lang-wachtwoord", ip: office }, now)).toEqual({ ok: false, reason: "limited" });
    // … and per account, from addresses it never used.
    const target = colleagues[1]!;
    for (let i = 0; i < ACCOUNT_LIMIT.max; i++) await signIn(db.prisma, { email: target.email, password: "fout", ip: `203.0.113.${i + 1}` }, now);
    expect(await signIn(db.prisma, { email: target.email, password: "een-lang-wachtwoord", ip: "192.0.2.200" }, now)).toEqual({ ok: false, reason: "limited" });
  });
});
