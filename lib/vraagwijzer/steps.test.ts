import { describe, expect, it } from "vitest";
import { parseAnswers } from "./answers";
import { resolveStep } from "./steps";

const resolve = (query: Record<string, string>) => resolveStep(query, parseAnswers(query));

describe("which vraagwijzer page to show", () => {
  it("goes to the page asked for", () => {
    expect(resolve({ van: "1", stap: "2", voor: "self" })).toMatchObject({ step: 2, error: false, crisis: false });
  });

  it("stays on the municipality page, with an error, when none was chosen", () => {
    expect(resolve({ van: "2", stap: "3" })).toMatchObject({ step: 2, error: true });
  });

  it("stays on the age page, with an error, for an age it cannot read, and keeps what was typed", () => {
    expect(resolve({ van: "5", stap: "6", gemeente: "GM0344", leeftijd: "honderd" })).toEqual({ step: 5, error: true, crisis: false, rawAge: "honderd" });
  });

  it("does not call going back an error", () => {
    expect(resolve({ van: "5", stap: "4", leeftijd: "honderd" })).toMatchObject({ step: 4, error: false });
  });
});
