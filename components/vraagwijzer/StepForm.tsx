import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Answers } from "@/lib/vraagwijzer/answers";
import { STEP_COUNT } from "@/lib/vraagwijzer/steps";
import { HiddenAnswers } from "./HiddenAnswers";
import { primaryButton, secondaryButton } from "./styles";

type Props = { step: number; answers: Answers; fields: ReadonlyArray<keyof Answers>; children: ReactNode };

/**
 * One question per page as a plain GET form: "next" and "previous" both send this page's
 * answers along, so going back keeps them too, and everything works without JavaScript.
 */
export function StepForm({ step, answers, fields, children }: Props) {
  const t = useTranslations("Vraagwijzer");
  const locale = useLocale();
  const last = step === STEP_COUNT;
  return (
    <form method="get" action={`/${locale}/vraagwijzer`} className="mt-4" noValidate>
      <p className="text-ink-secondary">{t("progress", { step, total: STEP_COUNT })}</p>
      <HiddenAnswers answers={answers} except={fields} />
      <input type="hidden" name="van" value={step} />
      <div className="mt-2">{children}</div>
      <div className="mt-8 flex flex-wrap gap-4">
        {/* The first button is the one Enter presses: forward. */}
        {last ? (
          <button type="submit" formAction={`/${locale}/vraagwijzer/suggesties`} className={primaryButton}>
            {t("showSuggestions")}
          </button>
        ) : (
          <button type="submit" name="stap" value={step + 1} className={primaryButton}>
            {t("next")}
          </button>
        )}
        {step > 1 ? (
          <button type="submit" name="stap" value={step - 1} className={secondaryButton}>
            {t("previous")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
