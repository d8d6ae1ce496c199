import { expect, test, type APIResponse } from "@playwright/test";

/**
 * Bad input against the real portal (npm start: lib/server/http-server.ts in front of
 * Next.js): a 4xx, never a 5xx, and every plain answer with the same security headers
 * as pages. No page is rendered here, so there is nothing for axe to scan.
 */
function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
}

test("a path with malformed percent-encoding gets 400, not 500", async ({ request }) => {
  for (const path of ["/nl/aanbod/%E0%A4%A", "/nl/%", "/en/vraagwijzer/%FF"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expectSecurityHeaders(response);
  }
});

test("a server action posted from another site gets 403, not 500", async ({ request, baseURL }) => {
  const action = { "Next-Action": "7f".padEnd(42, "0"), "Content-Type": "text/plain;charset=UTF-8" };
  const foreign = await request.post("/nl/inloggen", { headers: { ...action, Origin: "https://evil.example" }, data: "[]", maxRedirects: 0 });
  expect(foreign.status()).toBe(403);
  expectSecurityHeaders(foreign);
  // The other site claiming to be the forwarded host does not help.
  const spoofed = await request.post("/nl/inloggen", { headers: { ...action, Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" }, data: "[]", maxRedirects: 0 });
  expect(spoofed.status()).toBe(403);
  // A post without JavaScript (a plain form) from another site too.
  const form = await request.post("/nl/inloggen", { headers: { Origin: "https://evil.example" }, form: { email: "a@b.nl" }, maxRedirects: 0 });
  expect(form.status()).toBe(403);
  // From the portal's own page the same (unknown) action is not forbidden.
  const own = await request.post("/nl/inloggen", { headers: { ...action, Origin: new URL(baseURL!).origin }, data: "[]", maxRedirects: 0 });
  expect(own.status()).not.toBe(403);
  expect(own.status()).toBeLessThan(500);
});

test("plain error answers carry the security headers", async ({ request }) => {
  const answers = [
    await request.get("/nl/bestaat-niet", { maxRedirects: 0 }),
    await request.delete("/api/auth/oidc/start", { maxRedirects: 0 }),
    await request.post("/nl", { headers: { "Content-Type": "text/plain" }, data: "x".repeat(2 * 1024 * 1024), maxRedirects: 0 }),
    await request.fetch("/nl", { method: "TRACE", maxRedirects: 0 }),
  ];
  expect(answers.map((answer) => answer.status())).toEqual([404, 405, 413, 405]);
  for (const answer of answers) expectSecurityHeaders(answer);
});

test("the leaflet prints the portal's own address, whatever X-Forwarded-Host says", async ({ request, baseURL }) => {
  const response = await request.get("/nl/folder?gemeente=GM0344", { headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" } });
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).not.toContain("evil.example");
  expect(html).toContain(`${new URL(baseURL!).origin}/nl/aanbod?gemeente=GM0344`);
});
