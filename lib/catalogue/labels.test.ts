import { describe, expect, it } from "vitest";
import { messagesByLocale } from "@/messages";
import { credentialExplanation, genderLabel, vocabularyLabel } from "./labels";
import { ASKED_LANGUAGE_CODES, ATTENDING_CODES, DOMAIN_CODES, LIVED_EXPERIENCE_CODES, TARGET_GROUP_CODES } from "./vocabulary";

describe("vocabulary labels", () => {
  it("name Berber the same way everywhere, in both languages", () => {
    expect(vocabularyLabel("nl", "language", "ber")).toBe("Berbers (Tamazight)");
    expect(vocabularyLabel("en", "language", "ber")).toBe("Berber (Tamazight)");
  });

  it("know the languages residents here speak, Dari and Tigrinya among them", () => {
    expect(vocabularyLabel("nl", "language", "prs")).toBe("Dari");
    expect(vocabularyLabel("nl", "language", "ti")).toBe("Tigrinya");
    expect(vocabularyLabel("en", "language", "srn")).toBe("Sranan Tongo");
    expect(vocabularyLabel("nl", "language", "dse")).toBe("Nederlandse Gebarentaal (NGT)");
  });

  it("fall back to the runtime's name for a language the portal does not list, and to the code", () => {
    expect(vocabularyLabel("nl", "language", "ja")).toBe("Japans");
    expect(vocabularyLabel("en", "language", "ja")).toBe("Japanese");
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

  it("translate the genders catalogues write, and keep other words as written", () => {
    expect(genderLabel("en", "vrouw")).toBe("Woman");
    expect(genderLabel("en", "Non-binair")).toBe("Non-binary");
    expect(genderLabel("nl", "male")).toBe("Man");
    expect(genderLabel("en", "genderfluïde")).toBe("genderfluïde");
  });

  it("explain BCMB and Registerplein in both languages", () => {
    expect(credentialExplanation("nl", "bcmb-member")).toMatch(/beroepsvereniging/);
    expect(credentialExplanation("en", "registerplein")).toMatch(/register/);
  });
});
