import { createHash, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { parseEnv } from "@/lib/env";

/** A small OpenID provider on 127.0.0.1: discovery, JWKS, and a token endpoint that checks PKCE. */
type Grant = { challenge: string; nonce: string; claims: Record<string, unknown> };

export function fakeProvider() {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const grants = new Map<string, Grant>();
  let issuer = "";
  let signingKey: KeyObject = privateKey;
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    const json = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (url.pathname === "/.well-known/openid-configuration") {
      return json(200, { issuer, authorization_endpoint: `${issuer}/authorize`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks` });
    }
    if (url.pathname === "/jwks") return json(200, { keys: [{ ...publicKey.export({ format: "jwk" }), kid: "k1", alg: "RS256", use: "sig" }] });
    if (url.pathname === "/token" && req.method === "POST") {
      let body = "";
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      const grant = grants.get(form.get("code") ?? "");
      const verifier = form.get("code_verifier") ?? "";
      const challenge = createHash("sha256").update(verifier).digest("base64url");
      if (req.headers.authorization !== `Basic ${Buffer.from("portal:geheim").toString("base64")}`) return json(401, { error: "invalid_client" });
      if (!grant || grant.challenge !== challenge) return json(400, { error: "invalid_grant" });
      grants.delete(form.get("code")!);
      const header = Buffer.from(JSON.stringify({ alg: "RS256", kid: "k1", typ: "JWT" })).toString("base64url");
      const payload = Buffer.from(
        JSON.stringify({ iss: issuer, aud: "portal", exp: Math.floor(Date.now() / 1000) + 300, iat: Math.floor(Date.now() / 1000), nonce: grant.nonce, ...grant.claims }),
      ).toString("base64url");
      const signature = sign("sha256", Buffer.from(`${header}.${payload}`), signingKey).toString("base64url");
      return json(200, { id_token: `${header}.${payload}.${signature}`, token_type: "Bearer" });
    }
    json(404, {});
  });
  return {
    async start() {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return issuer;
    },
    /** What the provider does when the user signs in there: remember the request, hand back a code. */
    authorize(authorizationUrl: string, claims: Record<string, unknown>) {
      const params = new URL(authorizationUrl).searchParams;
      const code = crypto.randomUUID();
      grants.set(code, { challenge: params.get("code_challenge")!, nonce: params.get("nonce")!, claims });
      return { code, state: params.get("state")! };
    },
    signWithForeignKey() {
      signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The OIDC settings with a provider address and whatever the test changes. */
export const oidcSettings = (issuer: string, more: Record<string, string> = {}) =>
  parseEnv({ OIDC_ISSUER: issuer, OIDC_CLIENT_ID: "portal", OIDC_CLIENT_SECRET: "geheim", OIDC_ROLE_MAP: "wijkteam=staff,beleid=editor", ...more }).oidc;
