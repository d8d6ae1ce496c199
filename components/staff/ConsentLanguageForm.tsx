import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { routing } from "@/i18n/routing";

/**
 * The language the consent is read out in, and stored in: the resident's, not the staff
 * member's screen. A GET form before the handover form (works without JavaScript; choose
 * it before typing, the page reloads).
 */
export function ConsentLanguageForm({ chosen, reconnectFrom }: { chosen: string; reconnectFrom?: string }) {
  const t = useTranslations("StaffHandover");
  return (
    <form method="get" aria-label={t("consentLanguageForm")} className="mt-6 flex max-w-prose flex-wrap items-end gap-3 rounded-portal border-2 border-line bg-surface p-4">
      {reconnectFrom ? <input type="hidden" name="opnieuw" value={reconnectFrom} /> : null}
      <SelectField name="taal" label={t("consentLanguage")} hint={t("consentLanguageHint")} defaultValue={chosen} options={routing.locales.map((code) => ({ value: code, label: t(`languages.${code}`) }))} />
      <SubmitButton variant="secondary">{t("consentLanguageShow")}</SubmitButton>
    </form>
  );
}
