import { useLocale, useTranslations } from "next-intl";
import { ATTENDING, DOMAINS, FOR_WHOM, KIND_CHOICES, LANGUAGES, LIVED_EXPERIENCE, PARAM, SIGNALS, type Answers } from "@/lib/vraagwijzer/answers";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import { ChoiceList } from "./ChoiceList";
import { errorText, fieldControl } from "./styles";

type QuestionProps = { answers: Answers; error?: boolean };

export function ForWhomQuestion({ answers }: QuestionProps) {
  const t = useTranslations("VraagwijzerQuestion");
  const options = FOR_WHOM.map((value) => ({ value, label: t(`forWhomOptions.${value}`) }));
  return <ChoiceList asPageHeading name={PARAM.forWhom} type="radio" legend={t("forWhom")} options={options} checked={answers.forWhom ? [answers.forWhom] : []} />;
}

export function MunicipalityQuestion({ answers, error, municipalities }: QuestionProps & { municipalities: ReadonlyArray<{ code: string; name: string }> }) {
  const t = useTranslations("VraagwijzerQuestion");
  return (
    <div className="mt-6 flex flex-col gap-3">
      <h1 className="text-h2 sm:text-h1">
        <label htmlFor="gemeente">{t("municipality")}</label>
      </h1>
      {error ? (
        <p id="gemeente-error" className={errorText}>
          {t("municipalityMissing")}
        </p>
      ) : null}
      <select
        id="gemeente"
        name={PARAM.municipality}
        defaultValue={answers.municipality ?? ""}
        aria-invalid={error || undefined}
        aria-describedby={error ? "gemeente-error" : undefined}
        className={fieldControl}
      >
        <option value="">{t("municipalityChoose")}</option>
        {municipalities.map((municipality) => (
          <option key={municipality.code} value={municipality.code}>
            {municipality.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DomainsQuestion({ answers }: QuestionProps) {
  const t = useTranslations("VraagwijzerQuestion");
  const tDomain = useTranslations("VraagwijzerDomain");
  const locale = useLocale();
  const options = DOMAINS.map((value) => ({ value, label: vocabularyLabel(locale, "domain", value), hint: tDomain(`${value}.examples`) }));
  return <ChoiceList asPageHeading name={PARAM.domains} type="checkbox" legend={t("domains")} hint={t("domainsHint")} options={options} checked={answers.domains} />;
}

export function SignalsQuestion({ answers }: QuestionProps) {
  const t = useTranslations("VraagwijzerQuestion");
  const tSignal = useTranslations("VraagwijzerSignal");
  const options = SIGNALS.map((value) => ({ value, label: tSignal(value) }));
  return <ChoiceList asPageHeading name={PARAM.signals} type="checkbox" legend={t("signals")} hint={t("signalsHint")} options={options} checked={answers.signals} />;
}

export function AgeQuestion({ answers, error, given }: QuestionProps & { given: string | undefined }) {
  const t = useTranslations("VraagwijzerQuestion");
  const describedBy = ["leeftijd-hint", error ? "leeftijd-error" : ""].filter(Boolean).join(" ");
  return (
    <div className="mt-6 flex flex-col gap-3">
      <h1 className="text-h2 sm:text-h1">
        <label htmlFor="leeftijd">{t("age")}</label>
      </h1>
      <p id="leeftijd-hint" className="text-ink-secondary">
        {t("ageHint")}
      </p>
      {error ? (
        <p id="leeftijd-error" className={errorText}>
          {t("ageInvalid")}
        </p>
      ) : null}
      <input
        id="leeftijd"
        name={PARAM.age}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        defaultValue={error ? given : answers.age?.toString()}
        aria-invalid={error || undefined}
        aria-describedby={describedBy}
        className={`${fieldControl} sm:w-32`}
      />
    </div>
  );
}

export function PreferencesQuestion({ answers }: QuestionProps) {
  const t = useTranslations("VraagwijzerQuestion");
  const locale = useLocale();
  return (
    <div className="mt-6">
      <h1 className="text-h2 sm:text-h1">{t("preferences")}</h1>
      <p className="mt-2 max-w-prose text-ink-secondary">{t("preferencesHint")}</p>
      <ChoiceList
        name={PARAM.kind}
        type="radio"
        legend={t("kind")}
        options={KIND_CHOICES.map((value) => ({ value, label: t(`kindOptions.${value}`) }))}
        checked={[answers.kind ?? "any"]}
      />
      <div className="mt-6 flex flex-col gap-2">
        <label htmlFor="taal" className="text-lg font-bold">
          {t("language")}
        </label>
        <select id="taal" name={PARAM.language} defaultValue={answers.language ?? ""} className={fieldControl}>
          <option value="">{t("languageAny")}</option>
          {LANGUAGES.filter((code) => code !== "nl").map((code) => (
            <option key={code} value={code}>
              {vocabularyLabel(locale, "language", code)}
            </option>
          ))}
        </select>
      </div>
      <div className="mt-6 flex flex-col gap-2">
        <label htmlFor="ervaring" className="text-lg font-bold">
          {t("livedExperience")}
        </label>
        <select id="ervaring" name={PARAM.livedExperience} defaultValue={answers.livedExperience ?? ""} className={fieldControl}>
          <option value="">{t("livedExperienceAny")}</option>
          {LIVED_EXPERIENCE.map((code) => (
            <option key={code} value={code}>
              {vocabularyLabel(locale, "livedExperience", code)}
            </option>
          ))}
        </select>
      </div>
      <ChoiceList
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
