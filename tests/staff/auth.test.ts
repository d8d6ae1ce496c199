import { describe, expect, it } from "vitest";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";
import { ACCOUNT_LIMIT, signIn } from "@/lib/auth/sign-in";
import { actorForToken, endAllSessions, endSession, sessionId } from "@/lib/auth/session";
import { createUser, setUserDisabled } from "@/lib/auth/users";
import { makeActor, OTHER_ORGANIZATION } from "./fixtures";

describe.each(testEngines)("accounts and sessions (%s)", (engine) => {
  const db = demoDatabase(engine);

  it("signs in with the right password and stores only the token's hash", async () => {
    await createUser(db.prisma, { email: "Anna@Example.nl", name: "Anna", role: "staff", password: "een-lang-wachtwoord" });
    const result = await signIn(db.prisma, { email: " anna@example.NL ", password: "een-lang-wachtwoord", ip: "203.0.113.1" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db.prisma.session.findMany({ where: { userId: result.userId } });
    expect(stored.map((s) => s.id)).toEqual([sessionId(result.token)]);
    expect(stored[0]!.id).not.toContain(result.token);
    expect((await actorForToken(db.prisma, result.token))?.role).toBe("staff");
    await endSession(db.prisma, sessionId(result.token));
    expect(await actorForToken(db.prisma, result.token)).toBeNull();
  });

  it("answers the same for a wrong password and an unknown account", async () => {
    const wrong = await signIn(db.prisma, { email: "anna@example.nl", password: "niet-goed-genoeg", ip: "203.0.113.2" });
    const unknown = await signIn(db.prisma, { email: "niemand@example.nl", password: "niet-goed-genoeg", ip: "203.0.113.2" });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
  });

  it("limits attempts per account, for unknown accounts too, even with the right password after the limit", async () => {
    await createUser(db.prisma, { email: "bram@example.nl", name: "Bram", role: "staff", password: "een-lang-wachtwoord" });
    for (const email of ["bram@example.nl", "onbekend@example.nl"]) {
      for (let i = 0; i < ACCOUNT_LIMIT.max; i++) {
        expect((await signIn(db.prisma, { email, password: "fout-fout-fout", ip: `198.51.100.${i}` })).ok).toBe(false);
      }
    }
    expect(await signIn(db.prisma, { email: "bram@example.nl", password: "een-lang-wachtwoord", ip: "198.51.100.99" })).toEqual({ ok: false, reason: "limited" });
    expect(await signIn(db.prisma, { email: "onbekend@example.nl", password: "x", ip: "198.51.100.99" })).toEqual({ ok: false, reason: "limited" });
  });

  it("limits attempts per address across accounts", async () => {
    let last;
    for (let i = 0; i < 31; i++) last = await signIn(db.prisma, { email: `iemand${i}@example.nl`, password: "x", ip: "192.0.2.50" });
    expect(last).toEqual({ ok: false, reason: "limited" });
  });

  it("signs out everywhere and refuses a disabled account", async () => {
    const actor = await makeActor(db.prisma, "provider", OTHER_ORGANIZATION);
    const one = await signIn(db.prisma, { email: actor.email, password: "een-lang-wachtwoord", ip: "192.0.2.1" });
    const two = await signIn(db.prisma, { email: actor.email, password: "een-lang-wachtwoord", ip: "192.0.2.2" });
    if (!one.ok || !two.ok) throw new Error("sign-in failed");
    expect(await endAllSessions(db.prisma, actor.id)).toBe(2);
    expect(await actorForToken(db.prisma, one.token)).toBeNull();
    expect(await actorForToken(db.prisma, two.token)).toBeNull();
    const three = await signIn(db.prisma, { email: actor.email, password: "een-lang-wachtwoord", ip: "192.0.2.3" });
    if (!three.ok) throw new Error("sign-in failed");
    await setUserDisabled(db.prisma, actor.id, true, actor.id);
    expect(await actorForToken(db.prisma, three.token)).toBeNull();
    expect((await signIn(db.prisma, { email: actor.email, password: "een-lang-wachtwoord", ip: "192.0.2.4" })).ok).toBe(false);
  });

  it("validates new accounts: a provider needs an existing organization, e-mail addresses are unique", async () => {
    expect(await createUser(db.prisma, { email: "p@example.nl", name: "P", role: "provider", password: "een-lang-wachtwoord" })).toMatchObject({
      ok: false,
      errors: { organizationId: "organization" },
    });
    expect(await createUser(db.prisma, { email: "geen-adres", name: "", role: "baas", password: "kort" })).toMatchObject({
      ok: false,
      errors: { email: "email", name: "name", role: "role", password: "password" },
    });
    expect(await createUser(db.prisma, { email: "ANNA@example.nl", name: "Anna 2", role: "staff" })).toEqual({ ok: false, errors: { email: "taken" } });
    expect(await db.prisma.auditEvent.count({ where: { action: "user.create" } })).toBeGreaterThan(0);
  });
});
