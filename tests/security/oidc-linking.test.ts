import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeLogin, startLogin } from "@/lib/auth/oidc";
import { decideLink, listLinkRequests } from "@/lib/auth/oidc-links";
import { actorForToken } from "@/lib/auth/session";
import type { OidcConfig } from "@/lib/env";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { fakeProvider, oidcSettings } from "@/tests/helpers/oidc-provider";
import { makeActor } from "@/tests/staff/fixtures";

/**
 * Issue 12, point 10: an identity from the provider is linked by issuer and subject only.
 * A local account with the same e-mail address is never taken over silently: only a
 * verified address can ask for a link, and only an admin's confirmation makes it.
 */
describe.each(testEngines)("OIDC linking rules (%s)", (engine) => {
  let db: TestDatabase;
  const provider = fakeProvider();
  let config: OidcConfig;
  const redirectUri = "http://127.0.0.1:3000/api/auth/oidc/callback";

  async function signIn(claims: Record<string, unknown>) {
    const { url, pending } = await startLogin(config, redirectUri, "nl");
    return completeLogin(db.prisma, config, { ...provider.authorize(url, { groups: ["wijkteam"], ...claims }), pending, redirectUri });
  }

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    config = oidcSettings(await provider.start(), { OIDC_ROLE_CLAIM: "groups" })!;
  });
  afterAll(async () => {
    await provider.stop();
    await db?.close();
  });

  it("finds the account by issuer and subject, whatever e-mail address the provider sends later", async () => {
    const first = await signIn({ sub: "vast-1", email: "eerst@gemeente.nl", email_verified: true });
    expect(first).toMatchObject({ ok: true });
    const later = await signIn({ sub: "vast-1", email: "anders@gemeente.nl", email_verified: true });
    expect(later).toMatchObject({ ok: true });
    if (!first.ok || !later.ok) return;
    const [a, b] = [await actorForToken(db.prisma, first.token), await actorForToken(db.prisma, later.token)];
    expect(b?.id).toBe(a?.id);
    expect(b?.email).toBe("eerst@gemeente.nl");
  });

  it("never links a local account silently by an unverified e-mail address", async () => {
    const local = await makeActor(db.prisma, "admin");
    for (const claims of [{}, { email_verified: false }, { email_verified: "true" }]) {
      expect(await signIn({ sub: `indringer-${JSON.stringify(claims)}`, email: local.email.toUpperCase(), ...claims })).toEqual({ ok: false, reason: "unverified" });
    }
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: local.id } });
    expect(user).toMatchObject({ oidcIssuer: null, oidcSubject: null, role: "admin" });
    expect(await db.prisma.session.count({ where: { userId: local.id } })).toBe(0);
    expect(await db.prisma.oidcLinkRequest.count({ where: { userId: local.id } })).toBe(0);
  });

  it("a verified e-mail address only asks for a link; an admin's confirmation makes it", async () => {
    const local = await makeActor(db.prisma, "staff");
    const admin = await makeActor(db.prisma, "admin");
    const claims = { sub: "sanne-bij-de-gemeente", email: local.email, email_verified: true };
    expect(await signIn(claims)).toEqual({ ok: false, reason: "pending" });
    expect(await signIn(claims)).toEqual({ ok: false, reason: "pending" });
    expect(await db.prisma.session.count({ where: { userId: local.id } })).toBe(0);
    expect((await listLinkRequests(db.prisma)).filter((r) => r.userId === local.id)).toHaveLength(1);

    expect(await decideLink(db.prisma, local.id, true, admin.id)).toBe(true);
    const linked = await signIn(claims);
    expect(linked).toMatchObject({ ok: true, role: "staff" });
    if (linked.ok) expect((await actorForToken(db.prisma, linked.token))?.id).toBe(local.id);
    expect(await db.prisma.auditEvent.count({ where: { subjectId: local.id, action: "user.oidc-link-approved", actorUserId: admin.id } })).toBe(1);
  });

  it("a refused link leaves the account as it was and the identity still cannot sign in", async () => {
    const local = await makeActor(db.prisma, "editor");
    const admin = await makeActor(db.prisma, "admin");
    const claims = { sub: "niet-sanne", email: local.email, email_verified: true };
    expect(await signIn(claims)).toEqual({ ok: false, reason: "pending" });
    expect(await decideLink(db.prisma, local.id, false, admin.id)).toBe(true);
    expect(await decideLink(db.prisma, local.id, true, admin.id)).toBe(false);
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: local.id } })).toMatchObject({ oidcSubject: null, role: "editor" });
    expect(await signIn(claims)).toEqual({ ok: false, reason: "pending" });
  });

  it("a disabled local account is refused, and no link is asked for", async () => {
    const local = await makeActor(db.prisma, "staff");
    await db.prisma.user.update({ where: { id: local.id }, data: { disabledAt: new Date() } });
    expect(await signIn({ sub: "geblokkeerd", email: local.email, email_verified: true })).toEqual({ ok: false, reason: "disabled" });
    expect(await db.prisma.oidcLinkRequest.count({ where: { userId: local.id } })).toBe(0);
  });
});
