import { describe, expect, it } from "vitest";
import { routesFor, wlzHelpers } from "./routes";

describe("routesFor", () => {
  it.each([
    ["nothing chosen", { domains: [], signals: [] }, { objection: false, wlz: false }],
    ["the objection domain", { domains: ["objection-complaint"], signals: [] }, { objection: true, wlz: false }],
    ["the decision signal", { domains: [], signals: ["decision"] }, { objection: true, wlz: false }],
    ["the long-term care domain", { domains: ["long-term-care"], signals: [] }, { objection: false, wlz: true }],
    ["the Wlz signal", { domains: ["housing"], signals: ["wlz"] }, { objection: false, wlz: true }],
    ["both", { domains: ["long-term-care", "objection-complaint"], signals: [] }, { objection: true, wlz: true }],
  ] as const)("%s", (_name, answers, expected) => {
    expect(routesFor({ domains: [...answers.domains], signals: [...answers.signals] })).toEqual(expected);
  });
});

describe("wlzHelpers", () => {
  it("names the services that help with long-term care, in their order", () => {
    const service = (id: string, domains: string[]) => ({ id, domains, name: { text: `Name ${id}` } });
    expect(wlzHelpers([service("a", ["housing"]), service("b", ["long-term-care", "housing"]), service("c", ["long-term-care"])])).toEqual([
      { id: "b", name: "Name b" },
      { id: "c", name: "Name c" },
    ]);
  });
});
