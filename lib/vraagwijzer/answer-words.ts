import { createTranslator } from "next-intl";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import { messagesByLocale } from "@/messages";
import type { Answers } from "./answers";

/**
 * The resident's answers in words, as question and answer, in one language: what the
 * summary page shows, and the text a resident may choose to send with a contact request.
 */
export function answerWords(answers: Answers, locale: string, municipalityName: string | undefined): Array<[question: string, answer: string, field: keyof Answers]> {
  const lang = locale === "en" ? "en" : "nl";
  const messages = messagesByLocale[lang];
  const t = createTranslator({ locale: lang, messages, namespace: "VraagwijzerQuestion" });
  const tSummary = createTranslator({ locale: lang, messages, namespace: "VraagwijzerSummary" });
  const tSignal = createTranslator({ locale: lang, messages, namespace: "VraagwijzerSignal" });
  const none = tSummary("notAnswered");
  return [
    [t("forWhom"), answers.forWhom ? t(`forWhomOptions.${answers.forWhom}`) : none, "forWhom"],
    [t("municipality"), municipalityName ?? none, "municipality"],
    [t("domains"), answers.domains.map((domain) => vocabularyLabel(lang, "domain", domain)).join("; ") || none, "domains"],
    [t("signals"), answers.signals.map((signal) => tSignal(signal)).join(" ") || none, "signals"],
    [t("age"), answers.age === undefined ? none : tSummary("years", { age: answers.age }), "age"],
    [t("kind"), t(`kindOptions.${answers.kind ?? "any"}`), "kind"],
    [t("language"), answers.language ? vocabularyLabel(lang, "language", answers.language) : t("languageAny"), "language"],
    [t("livedExperience"), answers.livedExperience ? vocabularyLabel(lang, "livedExperience", answers.livedExperience) : t("livedExperienceAny"), "livedExperience"],
    [t("attending"), answers.attending.map((way) => t(`attendingOptions.${way}`)).join("; ") || none, "attending"],
  ];
}

/** The same as plain text, one question and its answer a line, to store with a contact request. */
export function answerText(answers: Answers, locale: string, municipalityName: string | undefined): string {
  return answerWords(answers, locale, municipalityName)
    .map(([question, answer]) => (/[?:]$/.test(question) ? `${question} ${answer}` : `${question}: ${answer}`))
    .join("\n");
}
