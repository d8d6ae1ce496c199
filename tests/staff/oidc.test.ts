import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { fakeProvider, oidcSettings } from "@/tests/helpers/oidc-provider";
import { completeLogin, startLogin } from "@/lib/auth/oidc";
import { roleFromClaims } from "@/lib/auth/oidc-roles";
import { parseEnv, type OidcConfig } from "@/lib/env";
import { actorForToken } from "@/lib/auth/session";

describe("OIDC configuration", () => {
  it("maps roles from a claim, highest first, never provider", () => {
    const config = oidcSettings("https://id.example.nl", { OIDC_ROLE_CLAIM: "groups", OIDC_ROLE_MAP: "wijkteam=staff, beleid=editor, ict=admin, zorg=provider" })!;
    expect(roleFromClaims({ groups: ["wijkteam", "beleid"] }, config)).toBe("editor");
    expect(roleFromClaims({ groups: "wijkteam" }, config)).toBe("staff");
    expect(roleFromClaims({ groups: ["zorg"] }, config)).toBeNull();
    expect(roleFromClaims({}, config)).toBeNull();
    expect(() => oidcSettings("https://id.example.nl", { OIDC_ROLE_MAP: "wijkteam=baas" })).toThrow(/OIDC_ROLE_MAP/);
    expect(parseEnv({}).oidc).toBeNull();
    expect(() => parseEnv({ OIDC_ISSUER: "https://id.example.nl" })).toThrow(/OIDC_CLIENT_ID/);
  });
});

describe.each(testEngines)("OIDC sign-in against a fake provider (%s)", (engine) => {
  let db: TestDatabase;
  const provider = fakeProvider();
  let config: OidcConfig;
  const redirectUri = "http://127.0.0.1:3000/api/auth/oidc/callback";

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const issuer = await provider.start();
    config = oidcSettings(issuer, { OIDC_ROLE_CLAIM: "groups" })!;
  });
  afterAll(async () => {
    await provider.stop();
    await db?.close();
  });

  it("signs in with code, PKCE, state and nonce, creates the account with the mapped role, and follows role changes", async () => {
    const { url, pending } = await startLogin(config, redirectUri, "nl");
    expect(new URL(url).searchParams.get("code_challenge_method")).toBe("S256");
    const back = provider.authorize(url, { sub: "medewerker-1", email: "Sanne@Gemeente.nl", name: "Sanne", groups: ["wijkteam"] });
    const result = await completeLogin(db.prisma, config, { ...back, pending, redirectUri });
    expect(result).toMatchObject({ ok: true, role: "staff" });
    if (!result.ok) return;
    expect(await actorForToken(db.prisma, result.token)).toMatchObject({ email: "sanne@gemeente.nl", role: "staff" });

    const again = await startLogin(config, redirectUri, "nl");
    const promoted = await completeLogin(db.prisma, config, { ...provider.authorize(again.url, { sub: "medewerker-1", email: "sanne@gemeente.nl", groups: ["beleid"] }), pending: again.pending, redirectUri });
    expect(promoted).toMatchObject({ ok: true, role: "editor" });
    expect(await db.prisma.user.count({ where: { oidcSubject: "medewerker-1" } })).toBe(1);
  });

  it("refuses a wrong state, a wrong PKCE verifier, a claim without a mapped role, and a token signed by another key", async () => {
    const users = await db.prisma.user.count();
    const a = await startLogin(config, redirectUri, "nl");
    const backA = provider.authorize(a.url, { sub: "x", groups: ["wijkteam"] });
    expect(await completeLogin(db.prisma, config, { ...backA, state: "iets-anders", pending: a.pending, redirectUri })).toEqual({ ok: false, reason: "state" });

    const b = await startLogin(config, redirectUri, "nl");
    const backB = provider.authorize(b.url, { sub: "x", groups: ["wijkteam"] });
    expect(await completeLogin(db.prisma, config, { ...backB, pending: { ...b.pending, verifier: "verkeerd" }, redirectUri })).toEqual({ ok: false, reason: "failed" });

    const c = await startLogin(config, redirectUri, "nl");
    expect(await completeLogin(db.prisma, config, { ...provider.authorize(c.url, { sub: "y", groups: ["bezoeker"] }), pending: c.pending, redirectUri })).toEqual({ ok: false, reason: "role" });

    const d = await startLogin(config, redirectUri, "nl");
    const backD = provider.authorize(d.url, { sub: "z", groups: ["wijkteam"] });
    expect(await completeLogin(db.prisma, config, { ...backD, pending: { ...d.pending, nonce: "ander" }, redirectUri })).toEqual({ ok: false, reason: "failed" });

    provider.signWithForeignKey();
    const e = await startLogin(config, redirectUri, "nl");
    expect(await completeLogin(db.prisma, config, { ...provider.authorize(e.url, { sub: "z", groups: ["wijkteam"] }), pending: e.pending, redirectUri })).toEqual({ ok: false, reason: "failed" });
    expect(await db.prisma.user.count()).toBe(users);
  });
});
