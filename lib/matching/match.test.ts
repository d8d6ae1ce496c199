import { describe, expect, it } from "vitest";
import { consistent, CONTRADICTIONS, isComplex, matchServices, MAX_SUGGESTIONS } from "./match";
import type { MatchAnswers as Answers, MatchService } from "./types";

// A small fictional catalogue in two municipalities (A: GM0001, B: GM0002; C: GM0003 has no independent formal service).
function service(id: string, fields: Partial<MatchService>): MatchService {
  return {
    id,
    kind: "volunteer",
    independent: true,
    accessTeam: false,
    active: true,
    municipalities: ["GM0001"],
    domains: [],
    targetGroups: ["everyone"],
    attending: [],
    languages: ["nl"],
    minimumAge: null,
    maximumAge: null,
    handlesComplex: false,
    acceptingNewClients: true,
    waitingDays: null,
    backupServiceId: null,
    supporters: [],
    ...fields,
  };
}

const catalogue: MatchService[] = [
  service("formal-a", { kind: "formal", handlesComplex: true, domains: ["care-at-home", "long-term-care", "objection-complaint", "youth-family", "money-debt"], languages: ["nl", "en", "ar"], minimumAge: 18, attending: ["home-visit", "office-appointment"], waitingDays: 10 }),
  service("formal-youth", { kind: "formal", handlesComplex: true, domains: ["youth-family", "education"], targetGroups: ["youth-family"], minimumAge: 0, maximumAge: 23, attending: ["home-visit"] }),
  service("access-team", { kind: "formal", independent: false, accessTeam: true, domains: ["care-at-home", "youth-family", "long-term-care"] }),
  service("provider", { kind: "formal", independent: false, domains: ["care-at-home"] }),
  service("expert-parents", { kind: "experience-expert", domains: ["youth-family", "education"], targetGroups: ["youth-family"], languages: ["nl", "tr"], minimumAge: 0, maximumAge: 23, attending: ["walk-in", "phone"], backupServiceId: "formal-youth", supporters: [{ id: "ayse", displayName: "Ayşe K.", languages: ["nl", "tr"], livedExperience: ["parent-of-disabled-child", "migration"] }] }),
  service("expert-mental", { kind: "experience-expert", domains: ["care-at-home", "participation"], targetGroups: ["mental-health"], minimumAge: 18, attending: ["online"], supporters: [{ id: "piet", displayName: "Piet", languages: ["nl"], livedExperience: ["mental-health", "addiction"] }] }),
  service("budget", { domains: ["money-debt", "paperwork"], languages: ["nl", "so", "ar"], minimumAge: 18, attending: ["home-visit"], backupServiceId: "formal-a", waitingDays: 3 }),
  service("older", { domains: ["care-at-home", "housing", "paperwork"], targetGroups: ["older-people"], minimumAge: 65, attending: ["home-visit"] }),
  service("carers", { domains: ["care-at-home", "participation"], targetGroups: ["informal-carers"], attending: ["walk-in"] }),
  service("full", { domains: ["housing"], acceptingNewClients: false }),
  service("slow", { domains: ["housing"], waitingDays: 60 }),
  service("closed", { active: false, domains: ["money-debt"] }),
  service("newcomers-buddy", { domains: ["paperwork"], targetGroups: ["newcomers"], languages: ["nl", "ar"], attending: ["walk-in"], backupServiceId: "formal-a" }),
  service("youth-coach", { domains: ["paperwork"], targetGroups: ["youth-family"], attending: ["walk-in"] }),
  service("advocate", { domains: ["objection-complaint"], attending: ["phone"], backupServiceId: "formal-a" }),
  service("online-buddy", { kind: "experience-expert", domains: ["participation"], attending: ["online"], languages: ["nl", "en"], minimumAge: 50, backupServiceId: "formal-a" }),
  service("formal-b", { kind: "formal", handlesComplex: true, municipalities: ["GM0002"], domains: ["care-at-home"] }),
  service("both", { municipalities: ["GM0001", "GM0002"], domains: ["paperwork"] }),
  service("volunteer-c", { municipalities: ["GM0003"], domains: ["paperwork"] }),
];

const base: Answers = { municipality: "GM0001", domains: [], signals: [], attending: [] };
const ask = (answers: Partial<Answers>) => matchServices(catalogue, { ...base, ...answers });
const ids = (answers: Partial<Answers>) => ask(answers).suggestions.map((item) => item.service.id);
const reasonKeys = (answers: Partial<Answers>, id: string) => ask(answers).suggestions.find((item) => item.service.id === id)?.reasons.map((reason) => reason.key) ?? [];
const caveatKeys = (answers: Partial<Answers>, id: string) => ask(answers).suggestions.find((item) => item.service.id === id)?.caveats.map((caveat) => caveat.key) ?? [];

type Scenario = [name: string, answers: Partial<Answers>, check: (answers: Partial<Answers>) => void];

const scenarios: Scenario[] = [
  ["inactive services never appear", { domains: ["money-debt"] }, (a) => expect(ids(a)).not.toContain("closed")],
  ["only services of the municipality appear", { municipality: "GM0002" }, (a) => expect(ids(a).sort()).toEqual(["both", "formal-b"])],
  ["a service for several municipalities appears in each", { municipality: "GM0002", domains: ["paperwork"] }, (a) => expect(ids(a)).toContain("both")],
  ["at least one domain must fit", { domains: ["housing"] }, (a) => expect(ids(a)).not.toContain("budget")],
  ["no domain chosen: everything in the municipality may fit", {}, (a) => expect(ids(a).length).toBe(MAX_SUGGESTIONS)],
  ["never more than the maximum", { domains: ["care-at-home", "paperwork", "housing"] }, (a) => expect(ids(a).length).toBeLessThanOrEqual(MAX_SUGGESTIONS)],
  ["age below the minimum is left out", { domains: ["care-at-home"], age: 40 }, (a) => expect(ids(a)).not.toContain("older")],
  ["age at the minimum fits", { domains: ["housing"], age: 65 }, (a) => expect(ids(a)).toContain("older")],
  ["age at the maximum fits", { domains: ["youth-family"], age: 23 }, (a) => expect(ids(a)).toContain("expert-parents")],
  ["age one above the maximum does not", { domains: ["education"], age: 24 }, (a) => expect(ids(a)).not.toContain("expert-parents")],
  ["age 0 fits services from 0", { domains: ["youth-family"], age: 0, forWhom: "child" }, (a) => expect(ids(a)).toContain("formal-youth")],
  ["no age given: age limits do not exclude", { domains: ["housing"] }, (a) => expect(ids(a)).toContain("older")],
  ["Turkish is a reason and names the supporter", { domains: ["youth-family"], age: 8, language: "tr" }, (a) => {
    const item = ask(a).suggestions.find((s) => s.service.id === "expert-parents");
    expect(item?.supporterId).toBe("ayse");
    expect(item?.reasons).toContainEqual({ key: "supporterSpeaks", params: { name: "Ayşe K.", language: "tr" } });
  }],
  ["a language the service speaks without a named supporter", { domains: ["money-debt"], language: "so" }, (a) => expect(reasonKeys(a, "budget")).toContain("speaks")],
  ["a language that is missing is an honest caveat", { domains: ["money-debt"], language: "pl" }, (a) => expect(caveatKeys(a, "budget")).toContain("language")],
  ["language ranks a speaking service above an equal one", { domains: ["paperwork"], language: "ar" }, (a) => expect(ids(a).indexOf("budget")).toBeLessThan(ids(a).indexOf("older"))],
  ["Dutch is not a reason: everyone speaks it", { domains: ["money-debt"], language: "nl" }, (a) => expect(reasonKeys(a, "budget")).not.toContain("speaks")],
  ["lived experience names the supporter", { domains: ["care-at-home"], livedExperience: "mental-health" }, (a) => {
    expect(ask(a).suggestions.find((s) => s.service.id === "expert-mental")?.reasons).toContainEqual({ key: "livedExperience", params: { name: "Piet", experience: "mental-health" } });
    expect(ids(a)[0]).toBe("expert-mental");
  }],
  ["kind preference ranks that kind first (not complex)", { domains: ["paperwork"], kind: "volunteer" }, (a) => expect(ask(a).suggestions[0]?.service.kind).toBe("volunteer")],
  ["home visit is a reason", { domains: ["money-debt"], attending: ["home-visit"] }, (a) => expect(reasonKeys(a, "budget")).toContain("attending")],
  ["walk-in ranks the walk-in service first", { domains: ["participation"], attending: ["walk-in"] }, (a) => expect(ids(a)[0]).toBe("carers")],
  ["for a carer the carers' service is a reason", { domains: ["participation"], forWhom: "carer" }, (a) => expect(reasonKeys(a, "carers")).toContain("forCarers")],
  ["not accepting new clients drops down and says so", { domains: ["housing"] }, (a) => {
    expect(caveatKeys(a, "full")).toContain("notAccepting");
    expect(ids(a).at(-1)).not.toBe("older");
    expect(ids(a).indexOf("full")).toBeGreaterThan(ids(a).indexOf("older"));
  }],
  ["a long wait is a caveat with the days", { domains: ["housing"] }, (a) => expect(ask(a).suggestions.find((s) => s.service.id === "slow")?.caveats).toContainEqual({ key: "longWait", params: { days: 60 } })],
  ["a short wait is a reason", { domains: ["money-debt"] }, (a) => expect(reasonKeys(a, "budget")).toContain("shortWait")],
  ["a service that is not independent says so", { domains: ["care-at-home"] }, (a) => expect(caveatKeys(a, "provider")).toContain("notIndependent")],
  ["complex: an objection puts independent formal support first", { domains: ["money-debt"], signals: ["decision"], kind: "volunteer", language: "so" }, (a) => {
    const result = ask(a);
    expect(result.complex).toBe(true);
    expect(result.suggestions[0]?.service.id).toBe("formal-a");
    expect(result.suggestions[0]?.reasons.map((r) => r.key)).toEqual(expect.arrayContaining(["complex", "objections"]));
    expect(ids(a)).toContain("budget"); // the informal option stays visible
  }],
  ["complex: informal services carry a caveat naming their backup", { domains: ["money-debt"], signals: ["long-lasting"] }, (a) => expect(ask(a).suggestions.find((s) => s.service.id === "budget")?.caveats).toContainEqual({ key: "informalWithBackup", params: { backupId: "formal-a" } })],
  ["complex: informal without backup gets the general caveat", { domains: ["care-at-home"], signals: ["stuck"] }, (a) => expect(caveatKeys(a, "carers")).toContain("informal")],
  ["complex: the non-independent formal team is not put first", { domains: ["care-at-home"], signals: ["kitchen-table"] }, (a) => expect(ids(a)[0]).toBe("formal-a")],
  ["not complex: no informal caveat", { domains: ["money-debt"] }, (a) => expect(caveatKeys(a, "budget")).toEqual([])],
  ["three domains at once is complex", { domains: ["money-debt", "housing", "paperwork"] }, (a) => expect(isComplex({ ...base, ...a })).toBe(true)],
  ["Wlz as a domain is complex", { domains: ["long-term-care"] }, (a) => expect(ask(a).complex).toBe(true)],
  ["one everyday domain is not complex", { domains: ["paperwork"] }, (a) => expect(ask(a).complex).toBe(false)],
  ["independent formal support is always among the suggestions", { domains: ["participation"] }, (a) => {
    const formal = ask(a).suggestions.find((s) => s.service.id === "formal-a");
    expect(formal?.reasons.map((r) => r.key)).toContain("alwaysFormal");
    expect(formal?.caveats.map((c) => c.key)).toContain("otherDomain");
  }],
  ["the always-formal rule does not add a second one when one fits", { domains: ["youth-family"], age: 10 }, (a) => expect(reasonKeys(a, "formal-youth")).not.toContain("alwaysFormal")],
  ["a municipality without independent formal support gets none added", { municipality: "GM0003", domains: ["paperwork"] }, (a) => expect(ids(a)).toEqual(["volunteer-c"])],
  ["fewer than three is thin", { municipality: "GM0003", domains: ["paperwork"] }, (a) => expect(ask(a).outcome).toBe("thin")],
  ["enough suggestions", { domains: ["care-at-home"] }, (a) => expect(ask(a).outcome).toBe("enough")],
  ["nothing fits: empty, with the nearest options and formal among them", { municipality: "GM0003", domains: ["youth-family"] }, (a) => {
    const result = ask(a);
    expect(result.outcome).toBe("empty");
    expect(result.suggestions).toEqual([]);
    expect(result.nearest.map((s) => s.service.id)).toEqual(["volunteer-c"]);
  }],
  ["nothing fits: nearest include independent formal support", { municipality: "GM0002", domains: ["housing"] }, (a) => {
    const result = ask(a);
    expect(result.outcome).toBe("empty");
    expect(result.nearest.map((s) => s.service.id)).toContain("formal-b");
  }],
  ["an unknown municipality gives nothing", { municipality: "GM9999" }, (a) => expect(ask(a).outcome).toBe("empty")],
  ["the same answers give the same order every time", { domains: ["care-at-home", "housing"], attending: ["home-visit"] }, (a) => expect(ids(a)).toEqual(ids(a))],
  ["ties keep the catalogue order", { municipality: "GM0002", domains: ["paperwork", "care-at-home"] }, (a) => expect(ids(a)).toEqual(["formal-b", "both"])],
];

const suggestion = (answers: Partial<Answers>, id: string) => ask(answers).suggestions.find((item) => item.service.id === id);
const companions = (answers: Partial<Answers>) => ask(answers).suggestions.filter((item) => item.companion).map((item) => item.service.id);
const wlz: Partial<Answers> = { domains: ["long-term-care"] };

/** Issue 10: matching that reads the person (target groups, companions, danger, consistent notes). */
const personScenarios: Scenario[] = [
  ["a newcomers' service for a Dutch-speaking 67-year-old ranks below general services and says why", { domains: ["paperwork"], age: 67 }, (a) => {
    expect(suggestion(a, "newcomers-buddy")?.caveats).toContainEqual({ key: "targetGroup", params: { group: "newcomers" } });
    expect(ids(a).indexOf("newcomers-buddy")).toBeGreaterThan(ids(a).indexOf("both"));
  }],
  ["a youth service for a 67-year-old ranks below general services even when it scores higher", { domains: ["paperwork"], age: 67, attending: ["walk-in"] }, (a) => {
    expect(suggestion(a, "youth-coach")?.caveats).toContainEqual({ key: "targetGroup", params: { group: "youth-family" } });
    expect(reasonKeys(a, "youth-coach")).toContain("attending");
    expect(ids(a).indexOf("youth-coach")).toBeGreaterThan(ids(a).indexOf("both"));
  }],
  ["a newcomers' service fits someone who asks for Arabic", { domains: ["paperwork"], age: 67, language: "ar" }, (a) => expect(caveatKeys(a, "newcomers-buddy")).not.toContain("targetGroup")],
  ["a youth service fits a parent asking for their child", { domains: ["paperwork"], age: 40, forWhom: "child" }, (a) => expect(caveatKeys(a, "youth-coach")).not.toContain("targetGroup")],
  ["without age or for whom, target groups are not guessed", { domains: ["paperwork"] }, (a) => {
    expect(caveatKeys(a, "youth-coach")).not.toContain("targetGroup");
    expect(caveatKeys(a, "newcomers-buddy")).not.toContain("targetGroup");
  }],
  ["a carers' service for someone asking for themselves says it is meant for carers", { domains: ["participation"], forWhom: "self" }, (a) => {
    expect(suggestion(a, "carers")?.caveats).toContainEqual({ key: "targetGroup", params: { group: "informal-carers" } });
    expect(reasonKeys(a, "carers")).not.toContain("forCarers");
  }],
  ["the objection domain and the decision signal give one objection reason, not two", { domains: ["objection-complaint"], signals: ["decision"] }, (a) => {
    const reasons = reasonKeys(a, "formal-a");
    expect(reasons).toContain("domain");
    expect(reasons).not.toContain("objections");
  }],
  ["a complex case with a single professional shows a companion that fits the person, with its backup named", { ...wlz, age: 67, language: "ar" }, (a) => {
    const result = ask(a);
    expect(result.suggestions[0]?.service.id).toBe("formal-a");
    expect(companions(a)).toEqual(["budget", "newcomers-buddy"]);
    expect(suggestion(a, "budget")?.reasons[0]).toEqual({ key: "companion" });
    expect(suggestion(a, "budget")?.caveats).toContainEqual({ key: "informalWithBackup", params: { backupId: "formal-a" } });
  }],
  ["companions speak the resident's language (a named supporter counts)", { ...wlz, language: "tr" }, (a) => {
    expect(companions(a)).toContain("expert-parents");
    expect(companions(a)).not.toContain("budget");
    expect(suggestion(a, "expert-parents")?.caveats).toContainEqual({ key: "informalWithBackup", params: { backupId: "formal-youth" } });
  }],
  ["companions fit the resident's age", { ...wlz, age: 67 }, (a) => {
    expect(companions(a)).not.toContain("expert-parents");
    expect(companions(a).length).toBeGreaterThan(0);
  }],
  ["companions meet the way the resident asked for; one without a backup is never a companion", { ...wlz, attending: ["online"], age: 60 }, (a) => {
    expect(companions(a)).toEqual(["online-buddy"]);
    expect(ids(a)).not.toContain("expert-mental");
  }],
  ["companions never carry a target-group mismatch", { ...wlz, age: 67, attending: ["walk-in"] }, (a) => {
    expect(companions(a)).not.toContain("newcomers-buddy");
    expect(companions(a)).not.toContain("youth-coach");
  }],
  ["with two professionals to choose from there are no companions", { domains: ["youth-family"], signals: ["stuck"], forWhom: "child" }, (a) => {
    expect(ids(a)).toEqual(expect.arrayContaining(["formal-a", "formal-youth"]));
    expect(companions(a)).toEqual([]);
  }],
  ["not complex: no companions", { domains: ["paperwork"], language: "ar" }, (a) => expect(companions(a)).toEqual([])],
  ["a complex case shows other help beside the professional (\"you see the other help too\")", { ...wlz }, (a) => {
    const result = ask(a);
    expect(result.complex).toBe(true);
    expect(result.suggestions.some((item) => item.service.kind !== "formal")).toBe(true);
  }],
  ["the access team is never a suggested service, but is in its own list", { domains: ["care-at-home"] }, (a) => {
    expect(ids(a)).not.toContain("access-team");
    expect(ask(a).accessTeam.map((service) => service.id)).toEqual(["access-team"]);
    expect(ask(a).accessTeamFirst).toBe(false);
  }],
  ["the access team is not among the nearest when nothing fits either", { domains: ["housing"], age: 2 }, (a) => {
    expect(ask(a).nearest.map((item) => item.service.id)).not.toContain("access-team");
  }],
  ["danger: informal services carry a caveat, even when not complex", { domains: ["money-debt"], danger: true }, (a) => {
    expect(caveatKeys(a, "budget")).toEqual(expect.arrayContaining(["danger", "informalWithBackup"]));
    expect(caveatKeys(a, "formal-a")).not.toContain("danger");
  }],
  ["danger: the access team comes first", { domains: ["care-at-home"], danger: true }, (a) => {
    expect(ask(a).accessTeamFirst).toBe(true);
    expect(ask(a).accessTeam.map((service) => service.id)).toEqual(["access-team"]);
  }],
];

describe("consistent notes", () => {
  it("keeps each note once", () => {
    expect(consistent([{ key: "kind" }, { key: "kind" }, { key: "domain", params: { domain: "x" } }, { key: "domain", params: { domain: "y" } }], [{ key: "informal" }, { key: "informal" }])).toEqual({
      reasons: [{ key: "kind" }, { key: "domain", params: { domain: "x" } }, { key: "domain", params: { domain: "y" } }],
      caveats: [{ key: "informal" }],
    });
  });
  it("leaves out a reason a caveat contradicts", () => {
    expect(consistent([{ key: "shortWait", params: { days: 2 } }, { key: "forOlderPeople" }], [{ key: "notAccepting" }, { key: "age", params: { min: 0, max: 60 } }]).reasons).toEqual([]);
  });

  const grid: Partial<Answers>[] = [];
  for (const domains of [[], ["paperwork"], ["long-term-care"], ["objection-complaint"], ["care-at-home", "participation"], ["money-debt", "housing", "paperwork"]])
    for (const signals of [[], ["decision"]])
      for (const person of [{}, { age: 67 }, { age: 8, forWhom: "child" as const }, { forWhom: "carer" as const, language: "ar" as const }, { age: 30, attending: ["online"], danger: true }])
        grid.push({ domains, signals, ...person });

  it.each(grid.map((answers) => [JSON.stringify(answers), answers] as const))("no suggestion shows a note twice or a reason its caveat contradicts: %s", (_name, answers) => {
    const result = ask(answers);
    for (const item of [...result.suggestions, ...result.nearest]) {
      const notes = [...item.reasons, ...item.caveats].map((note) => JSON.stringify(note));
      expect(new Set(notes).size).toBe(notes.length);
      const contradicted = item.caveats.flatMap((caveat) => CONTRADICTIONS[caveat.key] ?? []);
      expect(item.reasons.filter((reason) => contradicted.includes(reason.key))).toEqual([]);
    }
  });
});

describe("matchServices reads the person", () => {
  it("has at least 15 scenarios", () => expect(personScenarios.length).toBeGreaterThanOrEqual(15));
  it.each(personScenarios)("%s", (_name, answers, check) => check(answers));
});

describe("matchServices", () => {
  it("has at least 30 scenarios", () => expect(scenarios.length).toBeGreaterThanOrEqual(30));
  it.each(scenarios)("%s", (_name, answers, check) => check(answers));

  it("does not depend on the input being sorted another way for equal services", () => {
    const reversed = matchServices([...catalogue].reverse(), { ...base, domains: ["money-debt"], signals: ["decision"] });
    expect(reversed.suggestions[0]?.service.id).toBe("formal-a");
  });
});
