import { useTranslations } from "next-intl";
import type { Answers } from "@/lib/vraagwijzer/answers";

/** The resident's answers in words, as a list of question and answer. */
export function AnswerList({ answers, municipalityName }: { answers: Answers; municipalityName: string | undefined }) {
  const t = useTranslations("VraagwijzerQuestion");
  const tSummary = useTranslations("VraagwijzerSummary");
  const tDomain = useTranslations("VraagwijzerDomain");
  const tSignal = useTranslations("VraagwijzerSignal");
  const tLanguage = useTranslations("VraagwijzerLanguage");
  const tExperience = useTranslations("VraagwijzerLivedExperience");
  const tAttending = useTranslations("VraagwijzerAttending");
  const none = tSummary("notAnswered");
  const rows: Array<[string, string]> = [
    [t("forWhom"), answers.forWhom ? t(`forWhomOptions.${answers.forWhom}`) : none],
    [t("municipality"), municipalityName ?? none],
    [t("domains"), answers.domains.map((domain) => tDomain(`${domain}.label`)).join("; ") || none],
    [t("signals"), answers.signals.map((signal) => tSignal(signal)).join(" ") || none],
    [t("age"), answers.age === undefined ? none : tSummary("years", { age: answers.age })],
    [t("kind"), t(`kindOptions.${answers.kind ?? "any"}`)],
    [t("language"), answers.language ? tLanguage(answers.language) : t("languageAny")],
    [t("livedExperience"), answers.livedExperience ? tExperience(answers.livedExperience) : t("livedExperienceAny")],
    [t("attending"), answers.attending.map((way) => tAttending(way)).join("; ") || none],
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
