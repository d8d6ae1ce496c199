import { useLocale } from "next-intl";
import { answerWords } from "@/lib/vraagwijzer/answer-words";
import type { Answers } from "@/lib/vraagwijzer/answers";

/** The resident's answers in words, as a list of question and answer. */
export function AnswerList({ answers, municipalityName }: { answers: Answers; municipalityName: string | undefined }) {
  const locale = useLocale();
  return (
    <dl className="mt-2 flex flex-col gap-3">
      {answerWords(answers, locale, municipalityName).map(([question, answer]) => (
        <div key={question}>
          <dt className="font-bold">{question}</dt>
          <dd>{answer}</dd>
        </div>
      ))}
    </dl>
  );
}
