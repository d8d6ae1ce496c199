import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { Answers } from "@/lib/vraagwijzer/answers";
import { chooseSignals } from "@/lib/actions/resident-actions";
import { SIGNALS_STEP, STEP_COUNT } from "@/lib/vraagwijzer/steps";
import { SignalsStepForm } from "./SignalsStepForm";
import { HiddenAnswers } from "./HiddenAnswers";

type Props = {
  step: number;
  answers: Answers;
  fields: ReadonlyArray<keyof Answers>;
  /** The crisis numbers, for the signals page (shown after danger was ticked). */
  crisis?: ReactNode;
  children: ReactNode;
};

/**
 * One question per page as a plain GET form: "next" and "previous" both send this page's
 * answers along, so going back keeps them too, and everything works without JavaScript.
 * The last step posts instead: asking for suggestions is counted (anonymously) by
 * app/[locale]/(public)/vraagwijzer/tonen/route.ts, which sends the resident on to the
 * suggestions page, so viewing or reloading that page never counts. The signals page
 * posts too (SignalsStepForm), so the danger answer never travels in an address.
 */
export function StepForm({ step, answers, fields, crisis, children }: Props) {
  const t = useTranslations("Vraagwijzer");
  const tCrisis = useTranslations("VraagwijzerCrisis");
  const locale = useLocale();
  const last = step === STEP_COUNT;
  const content = (
    <>
      <p className="text-ink-secondary">{t("progress", { step, total: STEP_COUNT })}</p>
      <HiddenAnswers answers={answers} except={fields} />
      <input type="hidden" name="van" value={step} />
      <div className="mt-6">{children}</div>
      <div className="mt-8 flex flex-wrap gap-4">
        {/* The first button is the one Enter presses: forward. */}
        {last ? (
          <SubmitButton formAction={`/${locale}/vraagwijzer/tonen`} formMethod="post">
            {t("showSuggestions")}
          </SubmitButton>
        ) : (
          <SubmitButton name="stap" value={step + 1}>
            {t("next")}
          </SubmitButton>
        )}
        {step > 1 ? (
          <SubmitButton variant="secondary" name="stap" value={step - 1}>
            {t("previous")}
          </SubmitButton>
        ) : null}
      </div>
    </>
  );
  if (step === SIGNALS_STEP) {
    return (
      <SignalsStepForm action={chooseSignals} crisis={crisis} crisisTitle={tCrisis("title")} continueLabel={tCrisis("continue")} className="mt-4">
        {content}
      </SignalsStepForm>
    );
  }
  return (
    <form method="get" action={`/${locale}/vraagwijzer`} className="mt-4" noValidate>
      {content}
    </form>
  );
}
