import { KeptFields } from "@/components/forms/KeptFields";
import { answerEntries, type Answers } from "@/lib/vraagwijzer/answers";

/** The answers given on other pages, carried along in the form so nothing is kept on the server. */
export function HiddenAnswers({ answers, except = [] }: { answers: Answers; except?: ReadonlyArray<keyof Answers> }) {
  return <KeptFields entries={answerEntries(answers, except)} />;
}
