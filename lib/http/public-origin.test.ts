import { describe, expect, it } from "vitest";
import { isSameOrigin, publicOrigin, servedOverHttps } from "./public-origin";

const h = (values: Record<string, string>) => new Headers(values);

describe("publicOrigin", () => {
  it("is PUBLIC_ORIGIN when set, whatever the request says", () => {
    const spoofed = h({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" });
    expect(publicOrigin(spoofed, "https://hulp.gemeente.nl")).toBe("https://hulp.gemeente.nl");
  });
  it("without it, uses the host the browser addressed over http", () => {
    expect(publicOrigin(h({ host: "127.0.0.1:3000" }), undefined)).toBe("http://127.0.0.1:3000");
    expect(publicOrigin(h({ host: "Hulp.Gemeente.NL" }), undefined)).toBe("http://hulp.gemeente.nl");
  });
  it("never believes X-Forwarded-Host or -Proto", () => {
    expect(publicOrigin(h({ host: "localhost:3000", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" }), undefined)).toBe("http://localhost:3000");
  });
  it("prints no host that is not a plain host name", () => {
    expect(publicOrigin(h({ host: "evil.example/path?x=<script>" }), undefined)).toBe("http://localhost");
    expect(publicOrigin(h({ host: "[::1]:3000" }), undefined)).toBe("http://[::1]:3000");
    expect(publicOrigin(h({}), undefined)).toBe("http://localhost");
  });
});

describe("servedOverHttps", () => {
  it("follows PUBLIC_ORIGIN only", () => {
    expect(servedOverHttps("https://hulp.gemeente.nl")).toBe(true);
    expect(servedOverHttps("http://intranet.local")).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
  });
});

describe("isSameOrigin", () => {
  it("compares Origin with PUBLIC_ORIGIN, not with forwarded headers", () => {
    expect(isSameOrigin(h({ origin: "https://hulp.gemeente.nl", host: "localhost:3000" }), "https://hulp.gemeente.nl")).toBe(true);
    expect(isSameOrigin(h({ origin: "http://hulp.gemeente.nl" }), "https://hulp.gemeente.nl")).toBe(false);
    expect(isSameOrigin(h({ origin: "https://evil.example", "x-forwarded-host": "evil.example" }), "https://hulp.gemeente.nl")).toBe(false);
  });
  it("without PUBLIC_ORIGIN compares with Host", () => {
    expect(isSameOrigin(h({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), undefined)).toBe(true);
    expect(isSameOrigin(h({ origin: "http://evil.example", host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" }), undefined)).toBe(false);
    expect(isSameOrigin(h({ origin: "null", host: "127.0.0.1:3000" }), undefined)).toBe(false);
    expect(isSameOrigin(h({ host: "127.0.0.1:3000" }), undefined)).toBe(true);
  });
});
