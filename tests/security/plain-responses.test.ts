import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusedRequest } from "@/lib/http/refused-request";
import { securityHeaders } from "@/lib/http/security-headers";
import { prepareRequest } from "@/lib/server/http-server";

/**
 * The portal's HTTP server in front of a handler that answers as proxy.ts and route
 * handlers do: a bare status, no headers of its own. tests/e2e/security-http.spec.ts
 * asks the same of the real portal.
 */
let server: http.Server;
let base = "";
let reached = 0;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!prepareRequest(req, res)) return;
    reached += 1;
    res.statusCode = Number(new URL(req.url ?? "/", "http://x").searchParams.get("status") ?? 404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function expectSecurityHeaders(response: Response) {
  for (const { key, value } of securityHeaders) expect(response.headers.get(key), key).toBe(value);
}

describe("plain error responses", () => {
  it.each([404, 405, 413, 400, 403])("%i carries the same security headers as pages", async (status) => {
    const response = await fetch(`${base}/nl/x?status=${status}`);
    expect(response.status).toBe(status);
    expectSecurityHeaders(response);
  });
});

describe("TRACE", () => {
  it("is answered 405 with the headers, before Next.js (which cannot build a TRACE request and answers 500)", async () => {
    const before = reached;
    const { statusCode: status, headers } = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.request(`${base}/nl`, { method: "TRACE" }, resolve).on("error", reject).end(),
    );
    expect(status).toBe(405);
    expect(headers.allow).toBe("GET, HEAD, POST");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(reached).toBe(before);
  });
});

describe("a path with malformed percent-encoding", () => {
  it.each(["/nl/aanbod/%E0%A4%A", "/nl/%", "/%C0%AF", "/nl/aanbod/%FF"])("%s is answered 400 with the headers, before Next.js", async (path) => {
    const before = reached;
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(400);
    expectSecurityHeaders(response);
    expect(reached).toBe(before);
  });

  it("a well-formed one passes", async () => {
    expect((await fetch(`${base}/nl/aanbod?q=caf%C3%A9&status=200`)).status).toBe(200);
    expect((await fetch(`${base}/nl/aanbod/caf%C3%A9?status=200`)).status).toBe(200);
  });
});

describe("a post from another site", () => {
  const post = (headers: Record<string, string>) => refusedRequest(new Request("http://portal.test/nl/inloggen", { method: "POST", headers }));

  it("is forbidden (403) before any action runs", () => {
    expect(post({ host: "portal.test", origin: "https://evil.example" })?.status).toBe(403);
    expect(post({ host: "portal.test", origin: "null" })?.status).toBe(403);
    // Claiming the other site as forwarded host does not help.
    expect(post({ host: "portal.test", origin: "https://evil.example", "x-forwarded-host": "evil.example" })?.status).toBe(403);
  });

  it("from the portal's own page passes", () => {
    expect(post({ host: "portal.test", origin: "http://portal.test" })).toBeUndefined();
  });
});
