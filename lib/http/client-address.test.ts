import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

const h = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientAddressFrom", () => {
  it("takes the address the nearest trusted proxy saw, not what the visitor claims", () => {
    expect(clientAddressFrom(h("1.2.3.4, 198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddressFrom(h("1.2.3.4, 198.51.100.7, 10.0.0.2"), 2)).toBe("198.51.100.7");
  });
  it("uses the single entry Next.js fills in when nothing was forwarded", () => {
    expect(clientAddressFrom(h("203.0.113.5"), 1)).toBe("203.0.113.5");
    expect(clientAddressFrom(h("203.0.113.5"), 3)).toBe("203.0.113.5");
  });
  it("falls back to a shared bucket without any header", () => {
    expect(clientAddressFrom(h(), 1)).toBe("unknown");
  });
});
