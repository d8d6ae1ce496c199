import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddressFrom } from "./client-address";

const h = (xff?: string, socket = "10.0.0.9") =>
  new Headers({ ...(xff === undefined ? {} : { "x-forwarded-for": xff }), ...(socket ? { [CLIENT_ADDRESS_HEADER]: socket } : {}) });

describe("clientAddressFrom", () => {
  it("takes the address the nearest trusted proxy saw, not what the visitor claims", () => {
    expect(clientAddressFrom(h("1.2.3.4, 198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddressFrom(h("1.2.3.4, 198.51.100.7, 10.0.0.2"), 2)).toBe("198.51.100.7");
  });
  it("uses the socket address without proxies, whatever X-Forwarded-For says", () => {
    expect(clientAddressFrom(h("203.0.113.5"), 0)).toBe("10.0.0.9");
    expect(clientAddressFrom(h(), 0)).toBe("10.0.0.9");
  });
  it("takes the leftmost address when the chain is shorter than the proxies", () => {
    expect(clientAddressFrom(h(undefined, "203.0.113.5"), 1)).toBe("203.0.113.5");
    expect(clientAddressFrom(h("203.0.113.5"), 3)).toBe("203.0.113.5");
  });
  it("falls back to a shared bucket without any address", () => {
    expect(clientAddressFrom(h(undefined, ""), 0)).toBe("unknown");
  });
});
