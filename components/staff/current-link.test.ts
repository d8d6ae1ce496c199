import { describe, expect, it } from "vitest";
import { currentHref } from "./current-link";

const links = ["/werk", "/werk/overdrachten", "/werk/account", "/beheer"].map((href) => ({ href, label: href }));

describe("the staff menu's current page", () => {
  it("is the longest link the address starts with, on whole path segments", () => {
    expect(currentHref(links, "/werk")).toBe("/werk");
    expect(currentHref(links, "/werk/overdrachten")).toBe("/werk/overdrachten");
    expect(currentHref(links, "/werk/overdrachten/0b0c")).toBe("/werk/overdrachten");
    expect(currentHref(links, "/werk/verbinden/abc")).toBe("/werk");
    expect(currentHref(links, "/beheer/accounts")).toBe("/beheer");
    expect(currentHref(links, "/werkplaats")).toBeUndefined();
    expect(currentHref(links, "/inloggen")).toBeUndefined();
  });
});
