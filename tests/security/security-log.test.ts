import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { roleActions } from "@/lib/actions/access";
import { resetPassword } from "@/lib/auth/password-change";
import { pageRoles } from "@/lib/auth/protected-pages";
import { confirmEnrolment, enrolmentSecret, giveSecondFactor, renewRecoveryCodes } from "@/lib/auth/second-factor";
import { SECURITY_ACTIONS, SECURITY_KINDS, securityActionKey } from "@/lib/auth/security-events";
import { createTranslator } from "next-intl";
import { messagesByLocale } from "@/messages";
import { securityLog, securityLogQuerySchema, SECURITY_LOG_PAGE_SIZE } from "@/lib/auth/security-log";
import { actorForToken } from "@/lib/auth/session";
import { PAIR_LIMIT, signIn, signOut } from "@/lib/auth/sign-in";
import { setUserDisabled } from "@/lib/auth/users";
import { totpCode } from "@/lib/auth/totp";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { makeActor } from "@/tests/staff/fixtures";

vi.mock("server-only", () => ({}));

const PASSWORD = "een-lang-wachtwoord";

describe.each(testEngines)("the security log (%s)", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(() => db?.close());

  const actions = async (userId: string) =>
    (await db.prisma.auditEvent.findMany({ where: { subjectId: userId }, orderBy: { at: "asc" } })).map((e) => e.action);

  it("writes every security event, and never a password, code, secret or recovery code", async () => {
    const admin = await makeActor(db.prisma, "admin");
    const user = await makeActor(db.prisma, "staff");
    const secrets: string[] = [PASSWORD, "fout-wachtwoord-1"];

    await signIn(db.prisma, { email: user.email, password: "fout-wachtwoord-1", ip: "192.0.2.1" });
    await signIn(db.prisma, { email: "niemand@example.nl", password: "fout-wachtwoord-2", ip: "192.0.2.1" });
    for (let i = 0; i < PAIR_LIMIT.max + 2; i++) await signIn(db.prisma, { email: user.email, password: "fout-wachtwoord-1", ip: "192.0.2.2" });
    const ok = await signIn(db.prisma, { email: user.email, password: PASSWORD, ip: "192.0.2.3" });
    if (!ok.ok) throw new Error("sign-in refused");
    const actor = (await actorForToken(db.prisma, ok.token, new Date(), { requireTotp: false }))!;

    const now = new Date();
    const secret = (await enrolmentSecret(db.prisma, user.id))!;
    secrets.push(secret, totpCode(secret, now));
    const enrolled = await confirmEnrolment(db.prisma, actor, totpCode(secret, now), now);
    if (!enrolled.ok) throw new Error("enrolment refused");
    secrets.push(...enrolled.recoveryCodes);
    const renewed = await renewRecoveryCodes(db.prisma, actor);
    if (!renewed.ok) throw new Error("renew refused");
    secrets.push(...renewed.recoveryCodes);

    const later = new Date(now.getTime() + 60_000);
    const withCode = await signIn(db.prisma, { email: user.email, password: PASSWORD, ip: "192.0.2.3" }, later);
    if (!withCode.ok) throw new Error("sign-in refused");
    const waiting = (await actorForToken(db.prisma, withCode.token, later, { requireTotp: false }))!;
    await giveSecondFactor(db.prisma, waiting, { code: "000000" }, later);
    await giveSecondFactor(db.prisma, waiting, { code: renewed.recoveryCodes[0]! }, later);

    const newPassword = "een nieuwe zin om te onthouden";
    secrets.push(newPassword);
    await roleActions.changeOwnPassword.execute(actor, db.prisma, { current: PASSWORD, next: newPassword, repeat: newPassword });
    const reset = await resetPassword(db.prisma, admin.id, user.id);
    if (!reset.ok) throw new Error("reset refused");
    secrets.push(reset.temporary);
    await setUserDisabled(db.prisma, user.id, true, admin.id);
    await setUserDisabled(db.prisma, user.id, false, admin.id);

    const third = await signIn(db.prisma, { email: user.email, password: reset.temporary, ip: "192.0.2.3" }, new Date(later.getTime() + 60_000));
    if (!third.ok) throw new Error("sign-in refused");
    const again = (await actorForToken(db.prisma, third.token, new Date(later.getTime() + 60_000), { requireTotp: false }))!;
    await giveSecondFactor(db.prisma, again, { code: totpCode(secret, new Date(later.getTime() + 60_000)) }, new Date(later.getTime() + 60_000));
    const full = await db.prisma.session.findFirstOrThrow({ where: { userId: user.id, needsSecondFactor: false } });
    await signOut(db.prisma, { id: user.id, sessionId: full.id });
    await roleActions.signOutEverywhere.execute({ ...actor, sessionId: full.id, pending: null }, db.prisma, undefined);

    expect(await actions(user.id)).toEqual([
      "user.create",
      ...Array<string>(PAIR_LIMIT.max + 1).fill("sign-in.failed"),
      "sign-in.limited", // once per window, however often it is hit after
      "sign-in",
      "second-factor.enabled",
      "second-factor.recovery-codes-renewed",
      "second-factor.failed",
      "second-factor.recovery-code-used",
      "sign-in",
      "password.changed",
      "password.reset",
      "user.disable",
      "user.enable",
      "sign-in",
      "sign-out",
      "sign-out.everywhere",
    ]);
    expect((await db.prisma.auditEvent.findMany({ where: { subjectId: "unknown" } })).map((e) => e.action)).toContain("sign-in.failed");
    const everything = JSON.stringify(await db.prisma.auditEvent.findMany());
    for (const secret of secrets) {
      expect(everything).not.toContain(secret);
      expect(everything.toLowerCase()).not.toContain(secret.toLowerCase().replace("-", ""));
    }
    expect(everything).not.toContain("niemand@example.nl");
    expect(everything).not.toContain("192.0.2");
    for (const action of await actions(user.id)) expect(SECURITY_ACTIONS).toContain(action);
  });

  it("lists the log for admins: filtered by kind and account, newest first, a page at a time", async () => {
    const user = await makeActor(db.prisma, "editor");
    for (let i = 0; i < SECURITY_LOG_PAGE_SIZE + 5; i++) {
      await db.prisma.auditEvent.create({ data: { actorUserId: user.id, action: "sign-out", subjectType: "User", subjectId: user.id, at: new Date(Date.UTC(2026, 0, 1, 0, i)) } });
    }
    await db.prisma.auditEvent.create({ data: { actorUserId: user.id, action: "view", subjectType: "ContactRequest", subjectId: user.id } });
    const first = await securityLog(db.prisma, securityLogQuerySchema.parse({ soort: "signOut", account: user.id }));
    expect(first.total).toBe(SECURITY_LOG_PAGE_SIZE + 5);
    expect(first.pages).toBe(2);
    expect(first.entries).toHaveLength(SECURITY_LOG_PAGE_SIZE);
    expect(first.entries[0]!.at.getTime()).toBeGreaterThan(first.entries[1]!.at.getTime());
    expect(first.entries[0]).toMatchObject({ action: "sign-out", kind: "signOut", subject: { id: user.id, email: user.email }, by: { self: true } });
    const second = await securityLog(db.prisma, securityLogQuerySchema.parse({ soort: "signOut", account: user.id, pagina: "2" }));
    expect(second.entries).toHaveLength(5);
    // Reading a resident's request is not a security event; a password filter finds none of these.
    expect((await securityLog(db.prisma, securityLogQuerySchema.parse({ account: user.id }))).entries.every((e) => e.action !== "view")).toBe(true);
    expect((await securityLog(db.prisma, securityLogQuerySchema.parse({ soort: "password", account: user.id }))).total).toBe(0);
    // Nonsense in the address is ignored, never an error.
    expect(securityLogQuerySchema.parse({ soort: "x", account: "y", pagina: "-3" })).toEqual({ soort: undefined, account: undefined, pagina: 1 });
  });

  it("names every kind and every event in Dutch and English", () => {
    for (const locale of ["nl", "en"] as const) {
      const missing: string[] = [];
      const t = createTranslator({ locale, messages: messagesByLocale[locale], namespace: "AdminSecurityLog", onError: (error) => missing.push(error.message) });
      for (const action of SECURITY_ACTIONS) t(`actions.${securityActionKey(action)}` as "title");
      for (const kind of Object.keys(SECURITY_KINDS)) t(`kinds.${kind}` as "title");
      expect(missing, locale).toEqual([]);
    }
  });

  it("is for admins only", () => {
    expect(pageRoles("/beheer/logboek")).toEqual(["admin"]);
  });
});
