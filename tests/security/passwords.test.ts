import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeOwnPassword, resetPassword } from "@/lib/auth/password-change";
import { passwordProblem } from "@/lib/auth/password-rules";
import { pendingStep } from "@/lib/auth/pending";
import { hasRole, type Actor } from "@/lib/auth/roles";
import { actorForToken } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/sign-in";
import { createUser } from "@/lib/auth/users";
import { roleActions } from "@/lib/actions/access";
import { isRefused } from "@/lib/auth/guard";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { makeActor } from "@/tests/staff/fixtures";

describe("password rules", () => {
  it("needs at least 12 characters", () => {
    expect(passwordProblem("kort-wacht1")).toBe("short");
    expect(passwordProblem("twaalf-tekens")).toBeNull();
    expect(passwordProblem("x".repeat(501))).toBe("long");
  });

  it("refuses passwords from the breached-password list, also with digits or signs added at the end", () => {
    for (const common of ["qazwsxedcrfv", "1q2w3e4r5t6y", "123qweasdzxc", "passwordpassword", "Password123456!", "iloveyou12345678", "aaaaaaaaaaaaaa"]) {
      expect(passwordProblem(common), common).toBe("common");
    }
    expect(passwordProblem("fiets boven de dijk 7")).toBeNull();
  });

  it("is the rule of the account form and npm run user:create (one schema)", async () => {
    const db = await createTestDatabase("pglite");
    try {
      const result = await createUser(db.prisma, { email: "a@example.nl", name: "A", role: "staff", password: "1qaz2wsx3edc" });
      expect(result).toEqual({ ok: false, errors: { password: "passwordCommon" } });
      expect(await db.prisma.user.count()).toBe(0);
    } finally {
      await db.close();
    }
  });
});

describe.each(testEngines)("changing and resetting passwords (%s)", (engine) => {
  let db: TestDatabase;
  let admin: Actor;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    admin = await makeActor(db.prisma, "admin");
  });
  afterAll(() => db?.close());

  async function session(email: string, password: string, ip = "192.0.2.10") {
    const result = await signIn(db.prisma, { email, password, ip });
    if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
    const actor = await actorForToken(db.prisma, result.token, new Date(), { requireTotp: false });
    if (!actor) throw new Error("no actor");
    return { ...result, actor };
  }

  it("a user changes their own password with the current one; other sessions end; bad input changes nothing", async () => {
    const user = await makeActor(db.prisma, "staff");
    const one = await session(user.email, "een-lang-wachtwoord");
    const other = await session(user.email, "een-lang-wachtwoord", "192.0.2.11");
    const before = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });

    expect(await changeOwnPassword(db.prisma, one.actor, { current: "fout-wachtwoord", next: "fiets boven de dijk 7", repeat: "fiets boven de dijk 7" })).toEqual({
      ok: false,
      errors: { current: "currentWrong" },
    });
    expect(await changeOwnPassword(db.prisma, one.actor, { current: "een-lang-wachtwoord", next: "kort", repeat: "kort" })).toEqual({ ok: false, errors: { next: "short" } });
    expect(await changeOwnPassword(db.prisma, one.actor, { current: "een-lang-wachtwoord", next: "passwordpassword", repeat: "passwordpassword" })).toEqual({
      ok: false,
      errors: { next: "common" },
    });
    expect(await changeOwnPassword(db.prisma, one.actor, { current: "een-lang-wachtwoord", next: "fiets boven de dijk 7", repeat: "fiets boven de dijk 8" })).toEqual({
      ok: false,
      errors: { repeat: "repeat" },
    });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before.passwordHash);

    expect(await changeOwnPassword(db.prisma, one.actor, { current: "een-lang-wachtwoord", next: "fiets boven de dijk 7", repeat: "fiets boven de dijk 7" })).toEqual({ ok: true });
    expect(await actorForToken(db.prisma, one.token, new Date(), { requireTotp: false })).not.toBeNull();
    expect(await actorForToken(db.prisma, other.token, new Date(), { requireTotp: false })).toBeNull();
    expect((await signIn(db.prisma, { email: user.email, password: "een-lang-wachtwoord", ip: "192.0.2.12" })).ok).toBe(false);
    expect((await signIn(db.prisma, { email: user.email, password: "fiets boven de dijk 7", ip: "192.0.2.12" })).ok).toBe(true);
  });

  it("an admin's reset ends the user's sessions and makes them choose a new password before anything else", async () => {
    const user = await makeActor(db.prisma, "staff");
    const old = await session(user.email, "een-lang-wachtwoord");
    // The user lost their phone: the reset also clears the second factor and its recovery codes.
    await db.prisma.user.update({ where: { id: user.id }, data: { totpSecret: "JBSWY3DPEHPK3PXP", totpEnabledAt: new Date() } });
    await db.prisma.recoveryCode.create({ data: { userId: user.id, codeHash: `hash-${user.id}` } });
    const reset = await resetPassword(db.prisma, admin.id, user.id);
    if (!reset.ok) throw new Error("reset refused");
    expect(passwordProblem(reset.temporary)).toBeNull();
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ mustChangePassword: true, totpSecret: null, totpEnabledAt: null });
    expect(await db.prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await actorForToken(db.prisma, old.token, new Date(), { requireTotp: false })).toBeNull();

    const next = await signIn(db.prisma, { email: user.email, password: reset.temporary, ip: "192.0.2.20" });
    if (!next.ok) throw new Error("sign-in refused");
    expect(next.pending).toBe("password");
    const actor = (await actorForToken(db.prisma, next.token, new Date(), { requireTotp: false }))!;
    expect(actor.pending).toBe("password");
    // Every page and action is closed, except the new password.
    expect(hasRole(actor, ["staff"])).toBe(false);
    expect(isRefused(await roleActions.createHandover.execute(actor, db.prisma, { values: {}, locale: "nl", consentText: () => "" }))).toBe(true);
    const changed = await roleActions.changeOwnPassword.execute(actor, db.prisma, { current: reset.temporary, next: "mijn eigen nieuwe zin", repeat: "mijn eigen nieuwe zin" });
    expect(changed).toEqual({ ok: true });
    const after = (await actorForToken(db.prisma, next.token, new Date(), { requireTotp: false }))!;
    expect(after.pending).toBeNull();
    expect(hasRole(after, ["staff"])).toBe(true);
  });

  it("an admin cannot reset their own password this way, nor an account that does not exist", async () => {
    expect(await resetPassword(db.prisma, admin.id, admin.id)).toEqual({ ok: false });
    expect(await resetPassword(db.prisma, admin.id, "00000000-0000-4000-8000-000000000000")).toEqual({ ok: false });
    expect(await resetPassword(db.prisma, admin.id, "geen-id")).toEqual({ ok: false });
  });

  it("the order of the steps: code, then new password, then the required second factor", () => {
    const facts = { needsSecondFactor: false, mustChangePassword: false, hasPassword: true, totpOn: false };
    expect(pendingStep(facts, false)).toBeNull();
    expect(pendingStep(facts, true)).toBe("enrol");
    expect(pendingStep({ ...facts, hasPassword: false }, true)).toBeNull();
    expect(pendingStep({ ...facts, totpOn: true }, true)).toBeNull();
    expect(pendingStep({ ...facts, mustChangePassword: true }, true)).toBe("password");
    expect(pendingStep({ ...facts, needsSecondFactor: true, mustChangePassword: true }, true)).toBe("code");
  });
});
