import { describe, expect, it } from "vitest";
import { answerEntries, answersQuery, parseAnswers } from "./answers";
import { parseStep } from "./steps";

describe("vraagwijzer answers in the address", () => {
  it("reads known values and drops unknown ones", () => {
    const answers = parseAnswers({ voor: "child", gemeente: "gm0344", onderwerp: ["housing", "bogus", "money-debt"], leeftijd: "8", taal: "tr", contact: "walk-in" });
    expect(answers).toEqual({
      forWhom: "child",
      municipality: "GM0344",
      domains: ["money-debt", "housing"],
      signals: [],
      age: 8,
      kind: undefined,
      language: "tr",
      livedExperience: undefined,
      attending: ["walk-in"],
    });
  });

  it("refuses ages that are not whole numbers from 0 to 120", () => {
    for (const age of ["-1", "121", "abc", "3.5", ""]) expect(parseAnswers({ leeftijd: age }).age).toBeUndefined();
    expect(parseAnswers({ leeftijd: "0" }).age).toBe(0);
  });

  it("round-trips through the query string", () => {
    const answers = parseAnswers({ voor: "self", gemeente: "GM0321", onderwerp: ["paperwork"], signaal: ["danger", "stuck"], soort: "formal", ervaring: "debt" });
    const query = answersQuery(answers);
    expect(parseAnswers(Object.fromEntries([...new URLSearchParams(query).keys()].map((key) => [key, new URLSearchParams(query).getAll(key)])))).toEqual(answers);
  });

  it("leaves out the fields of the page being asked", () => {
    const answers = parseAnswers({ onderwerp: ["paperwork"], gemeente: "GM0321" });
    expect(answerEntries(answers, ["domains"])).toEqual([["gemeente", "GM0321"]]);
  });

  it("steps run from 1 to 6", () => {
    expect(parseStep("3")).toBe(3);
    expect(parseStep("7")).toBe(1);
    expect(parseStep(undefined)).toBe(1);
  });

  it("never reads the danger answer from an address", () => {
    expect(parseAnswers({ signaal: ["danger", "wlz"] }).signals).toEqual(["wlz"]);
  });

});
