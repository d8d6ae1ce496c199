import http from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// The callback's sign-in itself is not what is tested here.
vi.mock("@/lib/db/client", () => ({ getPrisma: vi.fn(async () => ({})) }));

/** An identity provider that only answers discovery: enough for the start of a sign-in. */
let provider: http.Server;
let issuer = "";
beforeAll(async () => {
  provider = http.createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ issuer, authorization_endpoint: `${issuer}/authorize`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks` }));
  });
  await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => provider.close(resolve)));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const PUBLIC = "https://hulp.gemeente.nl";
const spoofed = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" };

/** The OIDC routes with these settings (the configuration is read once per module load). */
async function oidcRoutes(environment: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
  return {
    start: (await import("@/app/api/auth/oidc/start/route")).GET,
    callback: (await import("@/app/api/auth/oidc/callback/route")).GET,
  };
}

const oidc = () => ({ OIDC_ISSUER: issuer, OIDC_CLIENT_ID: "portal", OIDC_CLIENT_SECRET: "geheim", OIDC_ROLE_MAP: "wijkteam=staff" });

describe("PUBLIC_ORIGIN", () => {
  it("is the OIDC redirect address, whatever X-Forwarded-Host and -Proto say, and makes the pending cookie Secure", async () => {
    const { start } = await oidcRoutes({ ...oidc(), PUBLIC_ORIGIN: PUBLIC });
    const response = await start(new NextRequest("http://localhost:3000/api/auth/oidc/start?locale=nl", { headers: spoofed }));
    const location = new URL(response.headers.get("location")!);
    expect(location.origin).toBe(issuer);
    expect(location.searchParams.get("redirect_uri")).toBe(`${PUBLIC}/api/auth/oidc/callback`);
    expect(response.headers.get("set-cookie")).toMatch(/portal_oidc=.*;\s*Secure/i);
  });

  it("is where the callback sends the browser back to", async () => {
    const { callback } = await oidcRoutes({ PUBLIC_ORIGIN: PUBLIC });
    const response = await callback(new NextRequest("http://localhost:3000/api/auth/oidc/callback?code=x&state=y", { headers: spoofed }));
    expect(response.headers.get("location")).toBe(`${PUBLIC}/nl/inloggen?oidc=failed`);
  });

  it("without it, the Host header is used and forwarded headers are still ignored (development)", async () => {
    const { start } = await oidcRoutes(oidc());
    const response = await start(new NextRequest("http://127.0.0.1:3000/api/auth/oidc/start", { headers: { host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } }));
    expect(new URL(response.headers.get("location")!).searchParams.get("redirect_uri")).toBe("http://127.0.0.1:3000/api/auth/oidc/callback");
    expect(response.headers.get("set-cookie")).not.toMatch(/Secure/i);
  });

  it("must be an http(s) address without a path", async () => {
    const { parseEnv } = await import("@/lib/env");
    expect(parseEnv({ PUBLIC_ORIGIN: "https://Hulp.Gemeente.nl/" }).publicOrigin).toBe(PUBLIC);
    expect(parseEnv({}).publicOrigin).toBeUndefined();
    for (const wrong of ["hulp.gemeente.nl", "https://hulp.gemeente.nl/portal", "ftp://hulp.gemeente.nl", "https://a:b@hulp.gemeente.nl", "https://hulp.gemeente.nl/?x=1"]) {
      expect(() => parseEnv({ PUBLIC_ORIGIN: wrong }), wrong).toThrow(/^PUBLIC_ORIGIN must be/);
    }
  });
});
