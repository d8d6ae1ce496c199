import { describe, expect, it } from "vitest";
import { sessionCookie } from "./session";

describe("the session cookie", () => {
  it("is Secure and __Host- prefixed over https, with the attributes that prefix needs", () => {
    expect(sessionCookie(true)).toEqual({ name: "__Host-portal_session", httpOnly: true, sameSite: "lax", secure: true, path: "/" });
  });
  it("has no prefix on plain http, where browsers would refuse a __Host- cookie", () => {
    expect(sessionCookie(false)).toMatchObject({ name: "portal_session", secure: false, httpOnly: true });
  });
});
