import { describe, expect, it } from "vitest";
import { compoundHeads, foldForSearch, toPrefixQuery, wordAlternatives } from "./search-text";

describe("search text", () => {
  it("folds accents and case", () => {
    expect(foldForSearch("Cliëntondersteuning Ayşe")).toBe("clientondersteuning ayse");
  });

  it("splits off the heads of compounds", () => {
    expect(compoundHeads("clientondersteuning en schuldhulp, hulp")).toEqual(["ondersteuning", "hulp"]);
  });

  it("adds the base of long Dutch nouns", () => {
    expect(wordAlternatives("ondersteuners")).toEqual(["ondersteuners", "ondersteun"]);
    expect(wordAlternatives("ondersteuning")).toEqual(["ondersteuning", "ondersteun"]);
    expect(wordAlternatives("turks")).toEqual(["turks"]);
    expect(wordAlternatives("leger")).toEqual(["leger"]);
  });

  it("builds a prefix query from words only", () => {
    expect(toPrefixQuery("  Turks & schulden!")).toBe("(turks:*) & (schulden:*)");
    expect(toPrefixQuery("ondersteuners")).toBe("(ondersteuners:* | ondersteun:*)");
    expect(toPrefixQuery("'):* | !")).toBeUndefined();
  });
});
