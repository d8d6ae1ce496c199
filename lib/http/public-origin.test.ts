import { describe, expect, it } from "vitest";
import { publicOrigin } from "./public-origin";

const h = (values: Record<string, string>) => new Headers(values);

describe("publicOrigin", () => {
  it("uses the host the browser addressed", () => {
    expect(publicOrigin(h({ host: "127.0.0.1:3000" }))).toBe("http://127.0.0.1:3000");
    expect(publicOrigin(h({ host: "Hulp.Gemeente.NL" }))).toBe("http://hulp.gemeente.nl");
  });
  it("believes the proxy's forwarded protocol and host, first value only", () => {
    expect(publicOrigin(h({ host: "localhost:3000", "x-forwarded-proto": "https, http", "x-forwarded-host": "hulp.gemeente.nl, intern" }))).toBe(
      "https://hulp.gemeente.nl",
    );
  });
  it("prints no host that is not a plain host name", () => {
    expect(publicOrigin(h({ host: "evil.example/path?x=<script>" }))).toBe("http://localhost");
    expect(publicOrigin(h({ host: "hulp.gemeente.nl", "x-forwarded-host": "a b" }))).toBe("http://hulp.gemeente.nl");
    expect(publicOrigin(h({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
  });
  it("keeps the fallback's protocol when the proxy names none that fits", () => {
    expect(publicOrigin(h({ "x-forwarded-proto": "javascript" }), { protocol: "https:", host: "portal.local" })).toBe("https://portal.local");
  });
});
