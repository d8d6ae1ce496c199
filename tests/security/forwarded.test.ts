import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, clientAddressFrom } from "@/lib/http/client-address";
import { prepareRequest } from "@/lib/server/http-server";

/**
 * The portal's HTTP server, with a handler that answers the headers Next.js would see
 * and the rate-limit address taken from them with 0 and with 1 trusted proxy.
 */
let server: http.Server;
let base = "";
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!prepareRequest(req, res)) return;
    const headers = new Headers(Object.entries(req.headers).map(([name, value]): [string, string] => [name, String(value)]));
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ stamped: headers.get(CLIENT_ADDRESS_HEADER), hops0: clientAddressFrom(headers, 0), hops1: clientAddressFrom(headers, 1) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const ask = async (headers: Record<string, string>) =>
  (await (await fetch(`${base}/nl/inloggen`, { headers })).json()) as { stamped: string; hops0: string; hops1: string };

describe("the visitor's address for rate limits", () => {
  it("TRUSTED_PROXY_HOPS is 0 by default: no proxy is believed unless configured", () => {
    expect(parseEnv({}).trustedProxyHops).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "1" }).trustedProxyHops).toBe(1);
  });

  it("with no proxy (hops 0) is the socket address, whatever X-Forwarded-For or our own header claim", async () => {
    const seen = await ask({ "x-forwarded-for": "203.0.113.66", "x-real-ip": "203.0.113.67", [CLIENT_ADDRESS_HEADER]: "203.0.113.68" });
    expect(seen.stamped).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(seen.hops0).toBe(seen.stamped);
  });

  it("differs for each spoofed X-Forwarded-For only when a proxy is configured", async () => {
    const first = await ask({ "x-forwarded-for": "203.0.113.1" });
    const second = await ask({ "x-forwarded-for": "203.0.113.2" });
    expect(first.hops0).toBe(second.hops0);
  });

  it("behind one proxy (hops 1) is the address that proxy appended, not what the visitor wrote before it", async () => {
    // The visitor sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the address it saw.
    const seen = await ask({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(seen.hops1).toBe("198.51.100.7");
    // A request without the proxy's entry counts by the socket address.
    expect((await ask({})).hops1).toBe(seen.stamped);
  });
});

describe("the address server actions use", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function clientAddressWith(environment: Record<string, string>) {
    vi.resetModules();
    for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
    return (await import("@/lib/actions/request-context")).clientAddress;
  }

  const spoofed = new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7", [CLIENT_ADDRESS_HEADER]: "10.0.0.2" });

  it("follows TRUSTED_PROXY_HOPS: unset means the socket", async () => {
    expect((await clientAddressWith({}))(spoofed)).toBe("10.0.0.2");
    expect((await clientAddressWith({ TRUSTED_PROXY_HOPS: "0" }))(spoofed)).toBe("10.0.0.2");
    expect((await clientAddressWith({ TRUSTED_PROXY_HOPS: "1" }))(spoofed)).toBe("198.51.100.7");
  });
});
