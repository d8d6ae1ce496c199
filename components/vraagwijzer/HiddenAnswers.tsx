import { answerEntries, type Answers } from "@/lib/vraagwijzer/answers";

/** The answers given on other pages, carried along in the form so nothing is kept on the server. */
export function HiddenAnswers({ answers, except = [] }: { answers: Answers; except?: ReadonlyArray<keyof Answers> }) {
  return answerEntries(answers, except).map(([name, value], index) => (
    <input key={`${name}-${value}-${index}`} type="hidden" name={name} value={value} />
  ));
}
