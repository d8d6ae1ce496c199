import { useLocale, useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { SelectField } from "@/components/forms/SelectField";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import { ASKED_LANGUAGE_CODES } from "@/lib/catalogue/vocabulary";
import { CALL_MOMENTS, YES_NO, type CallMoment } from "@/lib/contact-requests/schema";

export type ReachPreferenceDefaults = {
  language?: string | null;
  interpreter?: boolean | null;
  callMoments?: readonly string[];
  safeToCall?: boolean | null;
  safeToMessage?: boolean | null;
};

const yesNoValue = (value: boolean | null | undefined) => (value === true ? ["yes"] : value === false ? ["no"] : []);

/**
 * What helps a provider reach a person well, the same fields for a resident's own request
 * (ContactForm, spoken to the resident) and a warm handover (HandoverForm, spoken to staff):
 * language and interpreter, the parts of the day to call, whether calling back and leaving
 * a message are safe. The words differ per reader: each form's namespace has the same keys
 * (ContactForm for residents, StaffHandover for staff); names and values are those of
 * contactRequestSchema (lib/contact-requests/schema.ts).
 */
export function ReachPreferenceFields({ words: namespace, defaults = {} }: { words: "ContactForm" | "StaffHandover"; defaults?: ReachPreferenceDefaults }) {
  const locale = useLocale();
  const t = useTranslations(namespace);
  const words = {
    language: t("language"),
    momentsLegend: t("momentsLegend"),
    safeToCall: t("safeToCall"),
    safeToMessage: t("safeToMessage"),
    moments: (moment: CallMoment) => t(`moments.${moment}`),
  };
  const yesNo = YES_NO.map((value) => ({ value, label: t(value) }));
  return (
    <>
      <SelectField
        name="language"
        label={words.language}
        defaultValue={defaults.language ?? locale}
        options={ASKED_LANGUAGE_CODES.map((code) => ({ value: code, label: vocabularyLabel(locale, "language", code) }))}
      />
      <CheckboxField name="interpreter" label={t("interpreter")} defaultChecked={defaults.interpreter === true} />
      <ChoiceGroup
        name="callMoments"
        type="checkbox"
        legend={words.momentsLegend}
        hint={t("momentsHint")}
        options={CALL_MOMENTS.map((value) => ({ value, label: words.moments(value) }))}
        checked={defaults.callMoments ?? []}
      />
      <ChoiceGroup name="safeToCall" type="radio" legend={words.safeToCall} hint={t("safetyHint")} options={yesNo} checked={yesNoValue(defaults.safeToCall)} />
      <ChoiceGroup name="safeToMessage" type="radio" legend={words.safeToMessage} options={yesNo} checked={yesNoValue(defaults.safeToMessage)} />
    </>
  );
}
