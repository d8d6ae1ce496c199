import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roleActions } from "@/lib/actions/access";
import { isRefused } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { confirmEnrolment, enrolmentSecret, giveSecondFactor } from "@/lib/auth/second-factor";
import { actorForToken } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/sign-in";
import { base32Encode, hotp, matchTotp, otpauthUri, totpCode } from "@/lib/auth/totp";
import { parseEnv } from "@/lib/env";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { makeActor } from "@/tests/staff/fixtures";

describe("TOTP (RFC 6238)", () => {
  const rfcKey = Buffer.from("12345678901234567890");
  it("gives the RFC's test values (SHA-1, last 6 of the 8 digits)", () => {
    // RFC 6238 appendix B: T=59 → 94287082, T=1111111109 → 07081804, T=20000000000 → 65353130.
    expect(hotp(rfcKey, Math.floor(59 / 30), 8)).toBe("94287082");
    expect(hotp(rfcKey, Math.floor(1111111109 / 30), 8)).toBe("07081804");
    expect(hotp(rfcKey, Math.floor(20000000000 / 30), 8)).toBe("65353130");
    expect(totpCode(base32Encode(rfcKey), new Date(59_000))).toBe("287082");
  });

  it("accepts one step either side, never an older step than the last one used", () => {
    const secret = base32Encode(rfcKey);
    const now = new Date(1_700_000_000_000);
    const step = Math.floor(now.getTime() / 30_000);
    expect(matchTotp(secret, totpCode(secret, now), now, null)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, now, -1), now, null)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, now, 1), now, null)).toBe(step + 1);
    expect(matchTotp(secret, totpCode(secret, now, -2), now, null)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, now), now, step)).toBeNull();
    expect(matchTotp(secret, "12345", now, null)).toBeNull();
  });

  it("writes the otpauth address an authenticator app reads", () => {
    expect(otpauthUri("ABCD", "a@example.nl", "Cliëntondersteuning")).toBe(
      "otpauth://totp/Cli%C3%ABntondersteuning%3Aa%40example.nl?secret=ABCD&issuer=Cli%C3%ABntondersteuning&algorithm=SHA1&digits=6&period=30",
    );
  });
});

describe("REQUIRE_TOTP", () => {
  it("is on by default in production only, and can be set either way", () => {
    expect(parseEnv({ NODE_ENV: "production" }).requireTotp).toBe(true);
    expect(parseEnv({ NODE_ENV: "development" }).requireTotp).toBe(false);
    expect(parseEnv({}).requireTotp).toBe(false);
    expect(parseEnv({ NODE_ENV: "production", REQUIRE_TOTP: "false" }).requireTotp).toBe(false);
    expect(parseEnv({ REQUIRE_TOTP: "true" }).requireTotp).toBe(true);
    expect(() => parseEnv({ REQUIRE_TOTP: "soms" })).toThrow(/REQUIRE_TOTP must be true or false/);
  });
});

describe.each(testEngines)("the second factor (%s)", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(() => db?.close());

  it("when required, a password account can do nothing but set it up; enrolment, then sign-in with a code, a recovery code once", async () => {
    const user = await makeActor(db.prisma, "staff");
    let now = new Date(); // the registry entry confirms at the real time
    const first = await signIn(db.prisma, { email: user.email, password: "een-lang-wachtwoord", ip: "198.51.100.1" }, now);
    if (!first.ok) throw new Error("sign-in refused");
    const enrolling = (await actorForToken(db.prisma, first.token, now, { requireTotp: true }))!;
    expect(enrolling.pending).toBe("enrol");
    expect(hasRole(enrolling, ["staff"])).toBe(false);
    expect(isRefused(await roleActions.signOutEverywhere.execute(enrolling, db.prisma, undefined))).toBe(true);
    // Without the requirement the same account is simply signed in.
    expect((await actorForToken(db.prisma, first.token, now, { requireTotp: false }))!.pending).toBeNull();

    const secret = (await enrolmentSecret(db.prisma, user.id))!;
    expect(await enrolmentSecret(db.prisma, user.id)).toBe(secret); // the same until confirmed
    expect(await confirmEnrolment(db.prisma, enrolling, "000000", now)).toMatchObject({ ok: false });
    const enrolled = await roleActions.confirmSecondFactor.execute(enrolling, db.prisma, totpCode(secret, now));
    if (isRefused(enrolled) || !enrolled.ok) throw new Error("enrolment refused");
    expect(enrolled.recoveryCodes).toHaveLength(10);
    expect((await actorForToken(db.prisma, first.token, now, { requireTotp: true }))!.pending).toBeNull();
    // Stored: the secret, and only hashes of the recovery codes.
    const stored = await db.prisma.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.codeHash)).not.toContain(enrolled.recoveryCodes[0]);

    // Sign-in now asks for the code; the half-signed-in session opens nothing else.
    now = new Date(now.getTime() + 60_000);
    const second = await signIn(db.prisma, { email: user.email, password: "een-lang-wachtwoord", ip: "198.51.100.1" }, now);
    if (!second.ok) throw new Error("sign-in refused");
    expect(second.pending).toBe("code");
    const waiting = (await actorForToken(db.prisma, second.token, now, { requireTotp: true }))!;
    expect(waiting.pending).toBe("code");
    expect(hasRole(waiting, ["staff"])).toBe(false);
    expect(isRefused(await roleActions.changeOwnPassword.execute(waiting, db.prisma, { current: "", next: "", repeat: "" }))).toBe(true);

    expect(await giveSecondFactor(db.prisma, waiting, { code: "123456" }, now)).toEqual({ ok: false, reason: "invalid" });
    const code = totpCode(secret, now);
    const done = await giveSecondFactor(db.prisma, waiting, { code }, now);
    if (!done.ok) throw new Error("code refused");
    expect(await actorForToken(db.prisma, second.token, now, { requireTotp: true })).toBeNull(); // the waiting session is gone
    expect((await actorForToken(db.prisma, done.token, now, { requireTotp: true }))!.pending).toBeNull();

    // The same code once more (another sign-in in the same 30 seconds) is refused.
    const third = await signIn(db.prisma, { email: user.email, password: "een-lang-wachtwoord", ip: "198.51.100.1" }, now);
    if (!third.ok) throw new Error("sign-in refused");
    const again = (await actorForToken(db.prisma, third.token, now, { requireTotp: true }))!;
    expect(await giveSecondFactor(db.prisma, again, { code }, now)).toEqual({ ok: false, reason: "invalid" });

    // A recovery code works once, typed in any case and with or without its dash.
    const recovery = enrolled.recoveryCodes[3]!;
    expect((await giveSecondFactor(db.prisma, again, { code: recovery.toUpperCase().replace("-", " ") }, now)).ok).toBe(true);
    const fourth = await signIn(db.prisma, { email: user.email, password: "een-lang-wachtwoord", ip: "198.51.100.1" }, now);
    if (!fourth.ok) throw new Error("sign-in refused");
    const reused = (await actorForToken(db.prisma, fourth.token, now, { requireTotp: true }))!;
    expect(await giveSecondFactor(db.prisma, reused, { code: recovery }, now)).toEqual({ ok: false, reason: "invalid" });
    expect(await db.prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(9);
  });

  it("limits code guesses, and a waiting session expires after a few minutes", async () => {
    const user = await makeActor(db.prisma, "editor");
    const secret = (await enrolmentSecret(db.prisma, user.id))!;
    const now = new Date(1_800_000_000_000);
    await confirmEnrolment(db.prisma, user, totpCode(secret, now), now);
    const later = new Date(now.getTime() + 120_000);
    const signedIn = await signIn(db.prisma, { email: user.email, password: "een-lang-wachtwoord", ip: "198.51.100.2" }, later);
    if (!signedIn.ok) throw new Error("sign-in refused");
    const waiting = (await actorForToken(db.prisma, signedIn.token, later, { requireTotp: true }))!;
    for (let i = 0; i < 5; i++) expect(await giveSecondFactor(db.prisma, waiting, { code: "000000" }, later)).toEqual({ ok: false, reason: "invalid" });
    expect(await giveSecondFactor(db.prisma, waiting, { code: totpCode(secret, later) }, later)).toEqual({ ok: false, reason: "limited" });
    expect(await actorForToken(db.prisma, signedIn.token, new Date(later.getTime() + 11 * 60_000), { requireTotp: true })).toBeNull();
  });
});
