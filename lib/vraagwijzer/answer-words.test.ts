import { describe, expect, it } from "vitest";
import { answerText, answerWords } from "./answer-words";
import { parseAnswers } from "./answers";

describe("the vraagwijzer answers in words", () => {
  const answers = parseAnswers({ voor: "child", gemeente: "GM0344", onderwerp: ["money-debt", "housing"], taal: "tr", leeftijd: "15" });

  it("names every question and answer with the portal's own labels, never a code", () => {
    const words = new Map(answerWords(answers, "nl", "Utrecht").map(([question, answer]) => [question, answer]));
    expect(words.get("In welke gemeente woont de persoon die hulp nodig heeft?")).toBe("Utrecht");
    expect([...words.values()].join(" ")).toContain("Geld en schulden; Wonen");
    expect([...words.values()].join(" ")).toContain("Turks");
    expect([...words.values()].join(" ")).not.toMatch(/money-debt|GM0344|\btr\b/);
  });

  it("gives plain text, one line a question, in the resident's language", () => {
    const english = answerText(answers, "en", "Utrecht").split("\n");
    expect(english).toHaveLength(9);
    expect(english).toContain("In which municipality does the person who needs support live? Utrecht");
    expect(english.join("\n")).toContain("Money and debt; Housing");
  });
});
