import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CrisisPanel } from "@/components/vraagwijzer/CrisisPanel";
import { QuickExitExplained } from "@/components/vraagwijzer/QuickExit";
import {
  AgeQuestion,
  DomainsQuestion,
  ForWhomQuestion,
  MunicipalityQuestion,
  PreferencesQuestion,
  SignalsQuestion,
} from "@/components/vraagwijzer/Questions";
import { StepForm } from "@/components/vraagwijzer/StepForm";
import { parseAnswers } from "@/lib/vraagwijzer/answers";
import { findMunicipalities, findMunicipality } from "@/lib/catalogue/read";
import { resolveStep, SIGNALS_STEP, STEP_COUNT, STEPS } from "@/lib/vraagwijzer/steps";
import { errorTitle } from "@/components/forms/error-title";

export async function generateMetadata({ searchParams }: PageProps<"/[locale]/vraagwijzer">): Promise<Metadata> {
  const query = await searchParams;
  const [t, tForms] = await Promise.all([getTranslations("Vraagwijzer"), getTranslations("Forms")]);
  const { step, error } = resolveStep(query, parseAnswers(query));
  const title = `${t("progress", { step, total: STEP_COUNT })}: ${t("title")}`;
  // The page came back with a correction to make: say so first, in the title too.
  return { title: error ? errorTitle(tForms("titleError"), title) : title };
}

/**
 * The vraagwijzer: one question per page, the answers travel in the address, except
 * "there is danger now" (the signals page posts it, and the crisis numbers answer).
 */
export default async function VraagwijzerPage({ searchParams }: PageProps<"/[locale]/vraagwijzer">) {
  await connection();
  const [query, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations("Vraagwijzer")]);
  const answers = parseAnswers(query);
  const { step, error, rawAge } = resolveStep(query, answers);

  const fields = STEPS[step - 1]!.fields;
  const municipalities = step === 2 ? await findMunicipalities(locale) : [];
  const crisis = step === SIGNALS_STEP ? <CrisisPanel municipality={await findMunicipality(answers.municipality, locale)} /> : undefined;
  return (
    <div className="mx-auto w-full max-w-page px-4 py-8 sm:py-10">
      {step === 1 ? <p className="max-w-prose text-lg">{t("intro")}</p> : null}
      {step === 1 ? <QuickExitExplained /> : null}
      <p className="mt-2">
        <a href="tel:112">{t("dangerHint")}</a>
      </p>
      <StepForm step={step} answers={answers} fields={fields} crisis={crisis}>
        {step === 1 ? <ForWhomQuestion answers={answers} /> : null}
        {step === 2 ? <MunicipalityQuestion answers={answers} error={error} municipalities={municipalities} /> : null}
        {step === 3 ? <DomainsQuestion answers={answers} /> : null}
        {step === 4 ? <SignalsQuestion answers={answers} /> : null}
        {step === 5 ? <AgeQuestion answers={answers} error={error} given={rawAge} /> : null}
        {step === 6 ? <PreferencesQuestion answers={answers} /> : null}
      </StepForm>
    </div>
  );
}
