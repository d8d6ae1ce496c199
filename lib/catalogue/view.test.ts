import { describe, expect, it } from "vitest";
import {
  groupByKind,
  independence,
  kindOf,
  localise,
  parseMunicipalityCode,
  toServiceView,
  type ServiceRecord,
  type ServiceView,
} from "./view";

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
      organisationName: "Zorggroep Spaarnehof",
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

function view(id: string, kind: ServiceView["kind"]): ServiceView {
  return {
    id,
    name: { text: id, lang: "nl" },
    description: undefined,
    organisationName: "Org",
    kind,
    independence: { independent: true },
  };
}

describe("groupByKind", () => {
  it("orders groups formal, experience expert, volunteer and keeps catalogue order inside", () => {
    const groups = groupByKind([view("a", "volunteer"), view("b", "formal"), view("c", "volunteer")]);
    expect(groups.map((group) => group.kind)).toEqual(["formal", "volunteer"]);
    expect(groups[1]?.services.map((service) => service.id)).toEqual(["a", "c"]);
  });

  it("puts services without a known kind last instead of hiding them", () => {
    const groups = groupByKind([view("x", undefined), view("y", "experience-expert")]);
    expect(groups.map((group) => group.kind)).toEqual(["experience-expert", "unknown"]);
  });

  it("returns no groups for no services", () => {
    expect(groupByKind([])).toEqual([]);
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

describe("toServiceView", () => {
  const record: ServiceRecord = {
    id: "s1",
    name: { nl: "Formulierenhulp Zandvoort" },
    description: { nl: "Wij helpen met formulieren.", en: "We help with forms." },
    organization: { name: "Gemeente Haarlem, Sociaal Wijkteam", isCareProvider: false, isAccessTeam: true },
    attributes: [{ term: { taxonomyId: "co-kind", code: "formal" } }],
  };

  it("localises each text on its own and carries kind and independence", () => {
    expect(toServiceView(record, "en")).toEqual({
      id: "s1",
      name: { text: "Formulierenhulp Zandvoort", lang: "nl" },
      description: { text: "We help with forms.", lang: "en" },
      organisationName: "Gemeente Haarlem, Sociaal Wijkteam",
      kind: "formal",
      independence: { independent: false, reason: "access-team", organisationName: "Gemeente Haarlem, Sociaal Wijkteam" },
    });
  });

  it("drops a record without a usable name", () => {
    expect(toServiceView({ ...record, name: {} }, "nl")).toBeUndefined();
  });
});
