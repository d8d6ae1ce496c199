import { useLocale, useTranslations } from "next-intl";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { Answers } from "@/lib/vraagwijzer/answers";

/** The resident's answers in words, as a list of question and answer. */
export function AnswerList({ answers, municipalityName }: { answers: Answers; municipalityName: string | undefined }) {
  const t = useTranslations("VraagwijzerQuestion");
  const tSummary = useTranslations("VraagwijzerSummary");
  const tSignal = useTranslations("VraagwijzerSignal");
  const locale = useLocale();
  const none = tSummary("notAnswered");
  const rows: Array<[string, string]> = [
    [t("forWhom"), answers.forWhom ? t(`forWhomOptions.${answers.forWhom}`) : none],
    [t("municipality"), municipalityName ?? none],
    [t("domains"), answers.domains.map((domain) => vocabularyLabel(locale, "domain", domain)).join("; ") || none],
    [t("signals"), answers.signals.map((signal) => tSignal(signal)).join(" ") || none],
    [t("age"), answers.age === undefined ? none : tSummary("years", { age: answers.age })],
    [t("kind"), t(`kindOptions.${answers.kind ?? "any"}`)],
    [t("language"), answers.language ? vocabularyLabel(locale, "language", answers.language) : t("languageAny")],
    [t("livedExperience"), answers.livedExperience ? vocabularyLabel(locale, "livedExperience", answers.livedExperience) : t("livedExperienceAny")],
    [t("attending"), answers.attending.map((way) => t(`attendingOptions.${way}`)).join("; ") || none],
  ];
  return (
    <dl className="mt-2 flex flex-col gap-3">
      {rows.map(([question, answer]) => (
        <div key={question}>
          <dt className="font-bold">{question}</dt>
          <dd>{answer}</dd>
        </div>
      ))}
    </dl>
  );
}
