import { describe, expect, it } from "vitest";
import { returnPath, withoutLocale } from "./return-path";

describe("the path sign-in returns to", () => {
  it.each(["/nl/werk/verbinden/a9ecc781-7a5f-5cd9-93bc-86012e5f8612", "/en/werk", "/nl/beheer/cijfers"])("accepts the portal's own page %s", (path) => {
    expect(returnPath(path)).toBe(path);
  });

  it.each([
    "https://evil.example/nl/werk",
    "//evil.example/nl/werk",
    "/\\evil.example",
    "/nl/werk?naam=Fatma",
    "/nl/werk#x",
    "/nl/../../etc",
    "/nl/werk/%2F%2Fevil.example",
    "/de/werk",
    "/nl/inloggen",
    "/nl/inloggen/code",
    "nl/werk",
    "/nl/werk\n",
    "/nl/werk x",
    `/nl/${"a".repeat(400)}`,
    undefined,
    ["/nl/werk"],
  ])("refuses %s", (value) => {
    expect(returnPath(value)).toBeUndefined();
  });

  it("gives next-intl the path inside the language", () => {
    expect(withoutLocale("/nl/werk/verbinden/x")).toBe("/werk/verbinden/x");
    expect(withoutLocale("/en")).toBe("/");
  });
});
