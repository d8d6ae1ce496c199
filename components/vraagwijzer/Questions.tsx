import { useLocale, useTranslations } from "next-intl";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { MunicipalitySelect } from "@/components/forms/MunicipalitySelect";
import { SelectField } from "@/components/forms/SelectField";
import { TextField } from "@/components/forms/TextField";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import { ATTENDING, DOMAINS, FOR_WHOM, KIND_CHOICES, LANGUAGES, LIVED_EXPERIENCE, PARAM, SIGNAL_CHOICES, type Answers } from "@/lib/vraagwijzer/answers";

type QuestionProps = { answers: Answers; error?: boolean };

/** A question page that could not go on: the summary on top links to the one field to correct. */
function StepErrorSummary({ name, label, error }: { name: string; label: string; error: string | undefined }) {
  const t = useTranslations("Forms");
  return <ErrorSummary title={t("summaryTitle")} labels={{ [name]: label }} errors={{ [name]: error }} />;
}

export function ForWhomQuestion({ answers }: QuestionProps) {
  const t = useTranslations("VraagwijzerQuestion");
  const options = FOR_WHOM.map((value) => ({ value, label: t(`forWhomOptions.${value}`) }));
  return <ChoiceGroup asPageHeading look="card" name={PARAM.forWhom} type="radio" legend={t("forWhom")} options={options} checked={answers.forWhom ? [answers.forWhom] : []} />;
}

export function MunicipalityQuestion({ answers, error, municipalities }: QuestionProps & { municipalities: ReadonlyArray<{ code: string; name: string }> }) {
  const t = useTranslations("VraagwijzerQuestion");
  const message = error ? t("municipalityMissing") : undefined;
  return (
    <div className="flex flex-col gap-3">
      <StepErrorSummary name={PARAM.municipality} label={t("municipality")} error={message} />
      <MunicipalitySelect
        asPageHeading
        municipalities={municipalities}
        selected={answers.municipality}
        label={t("municipality")}
        emptyLabel={t("municipalityChoose")}
        error={message}
      />
    </div>
  );
}

export function DomainsQuestion({ answers }: QuestionProps) {
  const t = useTranslations("VraagwijzerQuestion");
  const tDomain = useTranslations("VraagwijzerDomain");
  const locale = useLocale();
  const options = DOMAINS.map((value) => ({ value, label: vocabularyLabel(locale, "domain", value), hint: tDomain(`${value}.examples`) }));
  return <ChoiceGroup asPageHeading look="card" name={PARAM.domains} type="checkbox" legend={t("domains")} hint={t("domainsHint")} options={options} checked={answers.domains} />;
}

export function SignalsQuestion({ answers }: QuestionProps) {
  const t = useTranslations("VraagwijzerQuestion");
  const tSignal = useTranslations("VraagwijzerSignal");
  const options = SIGNAL_CHOICES.map((value) => ({ value, label: tSignal(value) }));
  return <ChoiceGroup asPageHeading look="card" name={PARAM.signals} type="checkbox" legend={t("signals")} hint={t("signalsHint")} options={options} checked={answers.signals} />;
}

export function AgeQuestion({ answers, error, given }: QuestionProps & { given: string | undefined }) {
  const t = useTranslations("VraagwijzerQuestion");
  const message = error ? t("ageInvalid") : undefined;
  return (
    <div className="flex flex-col gap-3">
      <StepErrorSummary name={PARAM.age} label={t("age")} error={message} />
      <TextField
        asPageHeading
        name={PARAM.age}
        label={t("age")}
        hint={t("ageHint")}
        inputMode="numeric"
        autoComplete="off"
        width="short"
        defaultValue={(error ? given : answers.age?.toString()) ?? ""}
        error={message}
      />
    </div>
  );
}

export function PreferencesQuestion({ answers }: QuestionProps) {
  const t = useTranslations("VraagwijzerQuestion");
  const locale = useLocale();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-h2 sm:text-h1">{t("preferences")}</h1>
        <p className="mt-2 max-w-prose text-ink-secondary">{t("preferencesHint")}</p>
      </div>
      <ChoiceGroup
        look="card"
        name={PARAM.kind}
        type="radio"
        legend={t("kind")}
        options={KIND_CHOICES.map((value) => ({ value, label: t(`kindOptions.${value}`) }))}
        checked={[answers.kind ?? "any"]}
      />
      <SelectField
        name={PARAM.language}
        label={t("language")}
        emptyLabel={t("languageAny")}
        options={LANGUAGES.filter((code) => code !== "nl").map((code) => ({ value: code, label: vocabularyLabel(locale, "language", code) }))}
        defaultValue={answers.language ?? ""}
      />
      <SelectField
        name={PARAM.livedExperience}
        label={t("livedExperience")}
        emptyLabel={t("livedExperienceAny")}
        options={LIVED_EXPERIENCE.map((code) => ({ value: code, label: vocabularyLabel(locale, "livedExperience", code) }))}
        defaultValue={answers.livedExperience ?? ""}
      />
      <ChoiceGroup
        look="card"
        name={PARAM.attending}
        type="checkbox"
        legend={t("attending")}
        hint={t("attendingHint")}
        options={ATTENDING.map((value) => ({ value, label: t(`attendingOptions.${value}`) }))}
        checked={answers.attending}
      />
    </div>
  );
}
