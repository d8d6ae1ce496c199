import { describe, expect, it } from "vitest";
import { independence } from "./independence";
import { localise } from "./localise";
import { parseMunicipalityCode } from "./url-params";
import { kindOf } from "./vocabulary";

describe("localise", () => {
  it("uses the visitor's language when the catalogue has it", () => {
    expect(localise({ nl: "Hulp", en: "Help" }, "en")).toEqual({ text: "Help", lang: "en" });
  });

  it("falls back to Dutch and says so", () => {
    expect(localise({ nl: "Formulierenhulp" }, "en")).toEqual({ text: "Formulierenhulp", lang: "nl" });
  });

  it("treats an empty translation as missing", () => {
    expect(localise({ nl: "Hulp", en: "  " }, "en")).toEqual({ text: "Hulp", lang: "nl" });
  });

  it("returns undefined for missing or malformed values", () => {
    expect(localise(null, "nl")).toBeUndefined();
    expect(localise("Hulp", "nl")).toBeUndefined();
    expect(localise(["Hulp"], "nl")).toBeUndefined();
    expect(localise({ en: "Help" }, "nl")).toBeUndefined();
    expect(localise({ nl: 42 }, "nl")).toBeUndefined();
  });
});

describe("independence", () => {
  const base = { name: "Stichting Naast U", isCareProvider: false, isAccessTeam: false };

  it("is independent when neither a care provider nor the access team", () => {
    expect(independence(base)).toEqual({ independent: true });
  });

  it("names the care provider", () => {
    expect(independence({ ...base, name: "Zorggroep Spaarnehof", isCareProvider: true })).toEqual({
      independent: false,
      reason: "care-provider",
      organizationName: "Zorggroep Spaarnehof",
    });
  });

  it("names the access team first when both are set", () => {
    expect(independence({ ...base, isCareProvider: true, isAccessTeam: true })).toMatchObject({
      independent: false,
      reason: "access-team",
    });
  });
});

describe("kindOf", () => {
  it("reads the co-kind term among other attributes", () => {
    expect(
      kindOf([
        { taxonomyId: "co-domain", code: "money-debt" },
        { taxonomyId: "co-kind", code: "volunteer" },
      ]),
    ).toBe("volunteer");
  });

  it("ignores codes from other vocabularies and unknown kinds", () => {
    expect(kindOf([{ taxonomyId: "co-domain", code: "formal" }])).toBeUndefined();
    expect(kindOf([{ taxonomyId: "co-kind", code: "robot" }])).toBeUndefined();
    expect(kindOf([])).toBeUndefined();
  });
});

describe("parseMunicipalityCode", () => {
  it("accepts CBS codes, also in lower case or repeated", () => {
    expect(parseMunicipalityCode("GM0344")).toBe("GM0344");
    expect(parseMunicipalityCode(" gm0392 ")).toBe("GM0392");
    expect(parseMunicipalityCode(["GM0473", "GM0392"])).toBe("GM0473");
  });

  it("ignores anything else", () => {
    expect(parseMunicipalityCode(undefined)).toBeUndefined();
    expect(parseMunicipalityCode("")).toBeUndefined();
    expect(parseMunicipalityCode("GM034")).toBeUndefined();
    expect(parseMunicipalityCode("<script>")).toBeUndefined();
  });
});

