import { randomUUID } from "node:crypto";
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { pageTag, residentPages, sharedPageUrl } from "@/lib/server/conditional-get";

/**
 * lib/server/conditional-get.ts in a real HTTP server, with a stand-in for Next.js that
 * renders like it does: a fresh CSP nonce per page, in the header and in the body, in
 * chunks. The real portal is checked by tests/e2e/conditional-get.spec.ts.
 */
let revision = 1;
let minute = 1000;
let renders = 0;
let server: Server;
let base: string;

beforeAll(async () => {
  const serve = residentPages({ buildId: "build-1", revision: async () => revision, now: () => new Date(minute * 60_000) });
  server = http.createServer((req, res) => {
    void serve(req, res, () => {
      renders++;
      if (req.url?.includes("onbekend")) {
        res.writeHead(404).end("not found");
        return;
      }
      const nonce = Buffer.from(randomUUID()).toString("base64");
      res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}'`);
      res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.write(`<html><script nonce="${nonce}">1</script>`);
      res.end(`<p>revision ${revision}, ${req.url}</p><script nonce="${nonce}">2</script></html>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  renders = 0;
  revision++;
});

const nonceIn = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

describe("conditional GET of shared resident pages", () => {
  it("answers 304 without rendering when the browser has the current version", async () => {
    const first = await fetch(`${base}/nl/aanbod?gemeente=GM0344`);
    const tag = first.headers.get("etag");
    expect(first.status).toBe(200);
    expect(tag).toMatch(/^W\/"/);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    expect(first.headers.get("vary")).toContain("Cookie");
    await first.text();

    const again = await fetch(`${base}/nl/aanbod?gemeente=GM0344`, { headers: { "If-None-Match": tag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(tag);
    // No new policy: the browser keeps the one whose nonce matches the page it kept.
    expect(again.headers.get("content-security-policy")).toBeNull();
    expect(renders).toBe(1);
  });

  it("renders again, with a new version, after the catalogue changes", async () => {
    const first = await fetch(`${base}/en/aanbod/0b6a3f6e-4b7e-4e8a-9a4e-0d6c1b2a3f4e`);
    const tag = first.headers.get("etag")!;
    revision++;
    const changed = await fetch(`${base}/en/aanbod/0b6a3f6e-4b7e-4e8a-9a4e-0d6c1b2a3f4e`, { headers: { "If-None-Match": tag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(tag);
    expect(await changed.text()).toContain(`revision ${revision}`);
    expect(renders).toBe(2);
  });

  it("sends a page rendered before from memory, with a fresh nonce in header and body", async () => {
    const first = await fetch(`${base}/nl`);
    const firstBody = await first.text();
    const second = await fetch(`${base}/nl`);
    const secondBody = await second.text();
    expect(renders).toBe(1);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    const [a, b] = [nonceIn(first), nonceIn(second)];
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(b).not.toBe(a);
    expect(secondBody).toBe(firstBody.split(a!).join(b!));
    expect(secondBody).not.toContain(a!);
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  it("keeps pages apart per host (their alternate-language links are absolute)", async () => {
    const first = await fetch(`${base}/nl`, { headers: { "X-Forwarded-Host": "portal.example" } });
    const other = await fetch(`${base}/nl`, { headers: { "X-Forwarded-Host": "elders.example", "If-None-Match": first.headers.get("etag")! } });
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).not.toBe(first.headers.get("etag"));
    expect(renders).toBe(2);
  });

  it("gives a new version every minute (walk-in times are worked out to the minute)", async () => {
    const first = await fetch(`${base}/nl/vergelijk`);
    minute++;
    const later = await fetch(`${base}/nl/vergelijk`, { headers: { "If-None-Match": first.headers.get("etag")! } });
    expect(later.status).toBe(200);
    expect(renders).toBe(2);
  });

  it("never answers 304 to staff pages, posts, visitors with a cookie, or client-side navigations", async () => {
    const asked = { "If-None-Match": "*" };
    for (const [path, init] of [
      ["/nl/werk", { headers: asked }],
      ["/nl/beheer", { headers: asked }],
      ["/nl/aanbod", { method: "POST", headers: asked, body: "x" }],
      ["/nl/aanbod", { headers: { ...asked, Cookie: "portal-session=abc" } }],
      ["/nl/aanbod", { headers: { ...asked, RSC: "1" } }],
      ["/nl/aanbod?_rsc=abc", { headers: asked }],
      ["/api/hsds/services", { headers: asked }],
    ] as const) {
      const response = await fetch(base + path, init);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("etag"), path).toBeNull();
      expect(response.headers.get("cache-control"), path).toContain("no-store");
    }
    expect(renders).toBe(7);
  });

  it("keeps no version of an error", async () => {
    const path = "/nl/aanbod/onbekend";
    expect(sharedPageUrl({ method: "GET", url: path, headers: {} } as never)).toBeUndefined();
    const id = "/nl/aanbod/00000000-0000-4000-8000-00000onbekend".slice(0, 48);
    const missing = await fetch(base + id);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
    await fetch(base + id);
    expect(renders).toBe(2);
  });
});

describe("pageTag", () => {
  it("differs by build, revision, address and minute", () => {
    const now = new Date(60_000 * 5);
    const tag = pageTag("b", 1, "/nl", now);
    expect(pageTag("b", 1, "/nl", new Date(60_000 * 5 + 59_000))).toBe(tag);
    for (const other of [pageTag("c", 1, "/nl", now), pageTag("b", 2, "/nl", now), pageTag("b", 1, "/en", now), pageTag("b", 1, "/nl", new Date(60_000 * 6))]) {
      expect(other).not.toBe(tag);
    }
  });
});
