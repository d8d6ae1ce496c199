import { describe, expect, it } from "vitest";
import { messagesByLocale } from "@/messages";
import { vocabularyLabel } from "./labels";
import { ASKED_LANGUAGE_CODES, ATTENDING_CODES, DOMAIN_CODES, LIVED_EXPERIENCE_CODES, TARGET_GROUP_CODES } from "./vocabulary";

describe("vocabulary labels", () => {
  it("name Berber the same way everywhere, in both languages", () => {
    expect(vocabularyLabel("nl", "language", "ber")).toBe("Berbers (Tamazight)");
    expect(vocabularyLabel("en", "language", "ber")).toBe("Berber (Tamazight)");
  });

  it("fall back to the runtime's name for a language the portal does not list, and to the code", () => {
    expect(vocabularyLabel("nl", "language", "it")).toBe("Italiaans");
    expect(vocabularyLabel("en", "language", "it")).toBe("Italian");
    expect(vocabularyLabel("nl", "language", "qqq")).toBe("qqq");
  });

  it("come from the portal's own strings for every standard code, in every locale", () => {
    const groups = [
      ["domain", DOMAIN_CODES],
      ["targetGroup", TARGET_GROUP_CODES],
      ["attending", ATTENDING_CODES],
      ["livedExperience", LIVED_EXPERIENCE_CODES],
      ["language", ASKED_LANGUAGE_CODES],
    ] as const;
    for (const locale of ["nl", "en"]) {
      for (const [group, codes] of groups) {
        const written = messagesByLocale[locale as "nl" | "en"].Vocabulary[group] as Record<string, string>;
        for (const code of codes) expect(written[code], `${locale} ${group} ${code}`).toBe(vocabularyLabel(locale, group, code));
      }
    }
  });

  it("label kinds with the home page's titles", () => {
    expect(vocabularyLabel("nl", "kind", "experience-expert")).toBe("Ervaringsdeskundige");
    expect(vocabularyLabel("en", "kind", "volunteer")).toBe("Volunteer");
  });
});
