import { createHash, createPublicKey, randomBytes, verify, type JsonWebKey } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit/audit";
import type { OidcConfig } from "@/lib/env";
import { requestLink } from "./oidc-links";
import { roleFromClaims } from "./oidc-roles";
import { securityEvent } from "./security-events";
import { createSession } from "./session";
import { errorFields, log } from "@/lib/log";

/**
 * The authorization-code flow with PKCE, state and nonce, using the provider's discovery
 * document and its JWKS; ID tokens are verified with node:crypto (RS256 and ES256).
 */
type Discovery = { issuer: string; authorization_endpoint: string; token_endpoint: string; jwks_uri: string };

const b64url = (buffer: Buffer) => buffer.toString("base64url");

async function discover(config: OidcConfig): Promise<Discovery> {
  const response = await fetch(`${config.issuer}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`OIDC discovery failed: ${response.status}`);
  const document = (await response.json()) as Discovery;
  if (document.issuer.replace(/\/$/, "") !== config.issuer) throw new Error("OIDC discovery names another issuer");
  return document;
}

/** What the browser keeps (HttpOnly cookie) between leaving for the provider and coming back. */
export type PendingLogin = { state: string; nonce: string; verifier: string; locale: string };

export async function startLogin(config: OidcConfig, redirectUri: string, locale: string): Promise<{ url: string; pending: PendingLogin }> {
  const discovery = await discover(config);
  const pending = { state: b64url(randomBytes(24)), nonce: b64url(randomBytes(24)), verifier: b64url(randomBytes(32)), locale };
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: config.clientId,
    redirect_uri: redirectUri,
    scope: "openid email profile",
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: b64url(createHash("sha256").update(pending.verifier).digest()),
    code_challenge_method: "S256",
  }).toString();
  return { url: url.toString(), pending };
}

function decodePart(part: string | undefined): Record<string, unknown> {
  if (!part) throw new Error("malformed ID token");
  return JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<string, unknown>;
}

export async function verifyIdToken(token: string, config: OidcConfig, discovery: Discovery, nonce: string, now = Date.now()): Promise<Record<string, unknown>> {
  const [h, p, s] = token.split(".");
  const header = decodePart(h);
  const claims = decodePart(p);
  const keys = ((await (await fetch(discovery.jwks_uri)).json()) as { keys: (JsonWebKey & { kid?: string })[] }).keys;
  const jwk = keys.find((key) => key.kid === header.kid) ?? (keys.length === 1 ? keys[0] : undefined);
  if (!jwk) throw new Error("unknown signing key");
  const key = createPublicKey({ key: jwk, format: "jwk" });
  const data = Buffer.from(`${h}.${p}`);
  const signature = Buffer.from(s ?? "", "base64url");
  const valid =
    header.alg === "RS256"
      ? verify("sha256", data, key, signature)
      : header.alg === "ES256"
        ? verify("sha256", data, { key, dsaEncoding: "ieee-p1363" }, signature)
        : false;
  if (!valid) throw new Error("ID token signature is not valid");
  const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (String(claims.iss).replace(/\/$/, "") !== config.issuer) throw new Error("ID token from another issuer");
  if (!audience.includes(config.clientId)) throw new Error("ID token for another client");
  if (typeof claims.exp !== "number" || claims.exp * 1000 < now - 60_000) throw new Error("ID token expired");
  if (claims.nonce !== nonce) throw new Error("ID token nonce does not match");
  return claims;
}

/**
 * "pending": the identity's verified e-mail matches a local account, and an admin must
 * confirm the link first (lib/auth/oidc-links.ts); "unverified": it matches one, but the
 * provider does not say the address is verified, so it is never linked.
 */
export type OidcResult =
  | { ok: true; token: string; expiresAt: Date; role: string }
  | { ok: false; reason: "state" | "role" | "disabled" | "failed" | "pending" | "unverified" };

/** Handles the provider's redirect back: code for tokens, verified ID token, account by (issuer, subject) only, session. */
export async function completeLogin(
  prisma: PrismaClient,
  config: OidcConfig,
  input: { code: string | null; state: string | null; pending: PendingLogin | null; redirectUri: string; userAgent?: string | null },
): Promise<OidcResult> {
  if (!input.pending || !input.code || !input.state || input.state !== input.pending.state) return { ok: false, reason: "state" };
  let claims: Record<string, unknown>;
  try {
    const discovery = await discover(config);
    const response = await fetch(discovery.token_endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(config.clientId)}:${encodeURIComponent(config.clientSecret)}`).toString("base64")}`,
      },
      body: new URLSearchParams({ grant_type: "authorization_code", code: input.code, redirect_uri: input.redirectUri, code_verifier: input.pending.verifier }),
    });
    if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
    const tokens = (await response.json()) as { id_token?: string };
    if (!tokens.id_token) throw new Error("no ID token");
    claims = await verifyIdToken(tokens.id_token, config, discovery, input.pending.nonce);
  } catch (error) {
    log().warn({ event: "oidc sign-in failed", ...errorFields(error) }, "OIDC sign-in failed");
    return { ok: false, reason: "failed" };
  }
  const role = roleFromClaims(claims, config);
  if (!role) return { ok: false, reason: "role" };
  const subject = String(claims.sub);
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : `${subject}@${new URL(config.issuer).hostname}`;
  const name = typeof claims.name === "string" ? claims.name : email;
  const existing = await prisma.user.findUnique({ where: { oidcIssuer_oidcSubject: { oidcIssuer: config.issuer, oidcSubject: subject } } });
  if (existing?.disabledAt) return { ok: false, reason: "disabled" };
  if (!existing) {
    // An address is no proof of identity: a local account with it is linked only after an admin confirms.
    const local = await prisma.user.findUnique({ where: { email } });
    if (local?.disabledAt) return { ok: false, reason: "disabled" };
    if (local) {
      if (claims.email_verified !== true) return { ok: false, reason: "unverified" };
      await requestLink(prisma, local.id, { issuer: config.issuer, subject });
      return { ok: false, reason: "pending" };
    }
  }
  // The identity provider decides the role at every sign-in, so a change there takes effect here.
  const user = existing
    ? await prisma.user.update({ where: { id: existing.id }, data: { role, name, version: { increment: 1 } } })
    : await prisma.user.create({ data: { email, name, role, oidcIssuer: config.issuer, oidcSubject: subject } });
  if (!existing || existing.role !== role) {
    await audit(prisma, { actorUserId: null, action: existing ? "user.role-from-oidc" : "user.create-from-oidc", subjectType: "User", subjectId: user.id, details: { role } });
  }
  await securityEvent(prisma, { action: "sign-in", userId: user.id, details: { method: "oidc" } });
  const session = await createSession(prisma, user.id, input.userAgent);
  return { ok: true, ...session, role };
}
