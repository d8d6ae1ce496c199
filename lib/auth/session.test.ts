import { describe, expect, it } from "vitest";
import { cookieIsSecure } from "./session";

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe("secure cookies", () => {
  it("are secure behind a proxy that says https, and on a direct https request", () => {
    expect(cookieIsSecure(headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(cookieIsSecure(headers({ "x-forwarded-proto": "http" }), "https://x")).toBe(false);
    expect(cookieIsSecure(headers({}), "https://portal.example.nl/nl")).toBe(true);
    expect(cookieIsSecure(headers({}), "http://127.0.0.1:3000/nl")).toBe(false);
  });
});
