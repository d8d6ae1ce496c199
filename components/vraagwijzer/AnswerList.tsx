import { useLocale, useTranslations } from "next-intl";
import { answerWords } from "@/lib/vraagwijzer/answer-words";
import type { Answers } from "@/lib/vraagwijzer/answers";
import { changeQuery } from "@/lib/vraagwijzer/steps";

/**
 * The resident's answers in words, as a list of question and answer, each with a "change"
 * link to the step that asks it, the other answers kept (GOV.UK's check-your-answers).
 */
export function AnswerList({ answers, municipalityName }: { answers: Answers; municipalityName: string | undefined }) {
  const locale = useLocale();
  const tSummary = useTranslations("VraagwijzerSummary");
  return (
    <dl className="mt-2 flex flex-col gap-3 print:grid print:grid-cols-2 print:gap-x-6 print:gap-y-1">
      {answerWords(answers, locale, municipalityName).map(([question, answer, field]) => (
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
