import { useLocale, useTranslations } from "next-intl";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { Answers } from "@/lib/vraagwijzer/answers";
import { changeQuery } from "@/lib/vraagwijzer/steps";

/**
 * The resident's answers in words, as a list of question and answer, each with a "change"
 * link to the step that asks it, the other answers kept (GOV.UK's check-your-answers).
 */
export function AnswerList({ answers, municipalityName }: { answers: Answers; municipalityName: string | undefined }) {
  const t = useTranslations("VraagwijzerQuestion");
  const tSummary = useTranslations("VraagwijzerSummary");
  const tSignal = useTranslations("VraagwijzerSignal");
  const locale = useLocale();
  const none = tSummary("notAnswered");
  const rows: Array<[keyof Answers, string, string]> = [
    ["forWhom", t("forWhom"), answers.forWhom ? t(`forWhomOptions.${answers.forWhom}`) : none],
    ["municipality", t("municipality"), municipalityName ?? none],
    ["domains", t("domains"), answers.domains.map((domain) => vocabularyLabel(locale, "domain", domain)).join("; ") || none],
    ["signals", t("signals"), answers.signals.map((signal) => tSignal(signal)).join(" ") || none],
    ["age", t("age"), answers.age === undefined ? none : tSummary("years", { age: answers.age })],
    ["kind", t("kind"), t(`kindOptions.${answers.kind ?? "any"}`)],
    ["language", t("language"), answers.language ? vocabularyLabel(locale, "language", answers.language) : t("languageAny")],
    ["livedExperience", t("livedExperience"), answers.livedExperience ? vocabularyLabel(locale, "livedExperience", answers.livedExperience) : t("livedExperienceAny")],
    ["attending", t("attending"), answers.attending.map((way) => t(`attendingOptions.${way}`)).join("; ") || none],
  ];
  return (
    <dl className="mt-2 flex flex-col gap-3 print:grid print:grid-cols-2 print:gap-x-6 print:gap-y-1">
      {rows.map(([field, question, answer]) => (
        <div key={field} className="flex flex-wrap items-baseline justify-between gap-x-4 border-b border-line pb-2 print:block print:border-0 print:pb-0">
          <dt className="font-bold">{question}</dt>
          <dd>{answer}</dd>
          <dd className="print:hidden">
            <a href={`/${locale}/vraagwijzer${changeQuery(answers, field)}`} className="inline-block py-2">
              {tSummary("change")}
              <span className="sr-only"> {tSummary("changeHidden", { question })}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}
