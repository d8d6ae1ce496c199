import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerHealth, needsDatabase } from "@/lib/server/http-server";
import { outageLocale, outagePage, outagePagePolicy } from "@/lib/server/outage-page";

/** The parts of lib/server/http-server.ts that need no database; tests/e2e/database-outage.spec.ts runs the rest. */
let server: http.Server;
let base = "";
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!answerHealth(req, res)) res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("/healthz", () => {
  it("answers that the process lives, as JSON that is never cached", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ status: "alive" });
  });

  it("takes GET and HEAD only, and leaves every other address to Next.js", async () => {
    expect((await fetch(`${base}/healthz`, { method: "POST" })).status).toBe(405);
    expect((await fetch(`${base}/healthz`, { method: "HEAD" })).status).toBe(200);
    expect((await fetch(`${base}/healthz/x`)).status).toBe(204);
    expect((await fetch(`${base}/nl/healthz`)).status).toBe(204);
  });
});

describe("what needs the database", () => {
  it.each([
    ["GET", "/nl", false],
    ["GET", "/en/aanbod", false],
    ["GET", "/nl/aanbod/2696ae8a-a20f-5934-9de1-f00cf5373bd5", false],
    ["GET", "/nl/vraagwijzer/suggesties", false],
    ["POST", "/nl/vraagwijzer/tonen", false],
    ["GET", "/nl/folder", false],
    ["GET", "/_next/static/chunks/a.js", false],
    ["GET", "/nl/inloggen", true],
    ["GET", "/nl/werk/inbox", true],
    ["GET", "/en/beheer", true],
    ["GET", "/nl/contact/2696ae8a-a20f-5934-9de1-f00cf5373bd5", true],
    ["GET", "/api/hsds/services", true],
    ["POST", "/nl/aanbod", true],
  ] as const)("%s %s: %s", (method, path, expected) => {
    expect(needsDatabase(method, path)).toBe(expected);
  });
});

describe("the outage page", () => {
  const request = (acceptLanguage?: string) => ({ headers: { "accept-language": acceptLanguage } }) as unknown as http.IncomingMessage;

  it("is in the language of the address, else the browser's", () => {
    expect(outageLocale(request("en-GB"), "/nl/inloggen")).toBe("nl");
    expect(outageLocale(request("nl"), "/en/werk")).toBe("en");
    expect(outageLocale(request("en-GB,en;q=0.9"), "/api/x")).toBe("en");
    expect(outageLocale(request(), "/")).toBe("nl");
  });

  it("says it calmly, with a way to the pages that still work, and allows nothing but its own style", () => {
    const page = outagePage("nl");
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain("<h1>Dit deel van de website werkt nu even niet</h1>");
    expect(page).toContain('href="/nl/aanbod"');
    expect(outagePage("en")).toContain("This is not your fault.");
    expect(outagePagePolicy).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
  });
});
