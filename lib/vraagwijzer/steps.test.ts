import { describe, expect, it } from "vitest";
import { parseAnswers } from "./answers";
import { afterSignals, changeQuery, resolveStep, stepOf } from "./steps";

const resolve = (query: Record<string, string>) => resolveStep(query, parseAnswers(query));

describe("which vraagwijzer page to show", () => {
  it("goes to the page asked for", () => {
    expect(resolve({ van: "1", stap: "2", voor: "self" })).toMatchObject({ step: 2, error: false });
  });

  it("stays on the municipality page, with an error, when none was chosen", () => {
    expect(resolve({ van: "2", stap: "3" })).toMatchObject({ step: 2, error: true });
  });

  it("stays on the age page, with an error, for an age it cannot read, and keeps what was typed", () => {
    expect(resolve({ van: "5", stap: "6", gemeente: "GM0344", leeftijd: "honderd" })).toEqual({ step: 5, error: true, rawAge: "honderd" });
  });

  it("does not call going back an error", () => {
    expect(resolve({ van: "5", stap: "4", leeftijd: "honderd" })).toMatchObject({ step: 4, error: false });
  });
});

describe("after the signals page's post", () => {
  it("shows the crisis numbers first when danger was ticked going forward, and goes on without it", () => {
    const after = afterSignals({ gemeente: "GM0344", onderwerp: "housing", signaal: ["danger", "wlz"], van: "4", stap: "5" });
    expect(after.crisis).toBe(true);
    expect(after.next).toBe("?gemeente=GM0344&onderwerp=housing&signaal=wlz&stap=5&van=4");
    expect(after.next).not.toContain("danger");
  });

  it("goes forward when no button was named (Enter in some browsers)", () => {
    expect(afterSignals({ signaal: "danger" })).toEqual({ crisis: true, next: "?stap=5&van=4" });
  });

  it("goes straight on without danger, and back without showing the crisis numbers", () => {
    expect(afterSignals({ signaal: "stuck", stap: "5" })).toEqual({ crisis: false, next: "?signaal=stuck&stap=5&van=4" });
    expect(afterSignals({ signaal: "danger", stap: "3" })).toEqual({ crisis: false, next: "?stap=3&van=4" });
  });
});

describe("changing one answer from the summary", () => {
  const answers = parseAnswers({ voor: "self", gemeente: "GM0344", onderwerp: ["housing", "money-debt"], leeftijd: "67", taal: "ar" });

  it("finds the step of each answer", () => {
    expect([stepOf("forWhom"), stepOf("municipality"), stepOf("domains"), stepOf("signals"), stepOf("age"), stepOf("language"), stepOf("attending")]).toEqual([1, 2, 3, 4, 5, 6, 6]);
  });

  it("leads to that step with every answer kept", () => {
    const query = new URLSearchParams(changeQuery(answers, "age"));
    expect(query.get("stap")).toBe("5");
    expect(parseAnswers(Object.fromEntries([...query.keys()].map((key) => [key, query.getAll(key)])))).toEqual(answers);
  });
});
