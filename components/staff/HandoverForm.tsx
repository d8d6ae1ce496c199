import { useTranslations } from "next-intl";
import { ReachPreferenceFields, type ReachPreferenceDefaults } from "@/components/contact/ReachPreferenceFields";
import { ActionForm } from "@/components/forms/ActionForm";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { ConsentField } from "@/components/forms/ConsentField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { createHandoverAction } from "@/lib/actions/staff-actions";
import { CONTACT_LIMITS, PREFERRED_CONTACT, YES_NO } from "@/lib/contact-requests/schema";

/** What a handover carries over from the declined one it connects again from ("verbind opnieuw"). */
export type CarriedOver = ReachPreferenceDefaults & {
  id: string;
  residentName: string | null;
  residentPhone: string | null;
  residentEmail: string | null;
  preferredContact: string | null;
  question: string | null;
  urgent: boolean;
  urgencyReason: string | null;
};

type Props = {
  serviceId: string;
  idempotencyKey: string;
  supporters: { id: string; name: string }[];
  /** The consent in the resident's language (`consentLocale`), as it will be stored. */
  consentText: string;
  consentLocale: string;
  carriedOver?: CarriedOver;
};

/**
 * The warm handover, with the resident present. The idempotency key is fixed when the
 * page is rendered, so a double click or a resubmit after a slow answer creates one
 * handover, not two. The same fields and limits as a resident's own request, plus how
 * urgent it is; after a decline the resident's details come prefilled and the staff
 * member confirms the consent still holds.
 */
export function HandoverForm({ serviceId, idempotencyKey, supporters, consentText, consentLocale, carriedOver }: Props) {
  const t = useTranslations("StaffHandover");
  const labels = {
    supporterId: t("supporter"),
    residentName: t("residentName"),
    residentPhone: t("residentPhone"),
    residentEmail: t("residentEmail"),
    preferredContact: t("preferredContact"),
    question: t("question"),
    language: t("language"),
    callMoments: t("momentsLegend"),
    safeToCall: t("safeToCall"),
    safeToMessage: t("safeToMessage"),
    urgent: t("urgent"),
    urgencyReason: t("urgencyReason"),
    consent: carriedOver ? t("consentStill") : t("consentCheck"),
  };
  const yesNo = YES_NO.map((value) => ({ value, label: t(value) }));
  return (
    <ActionForm action={createHandoverAction} labels={labels} className="mt-6 flex max-w-prose flex-col gap-5">
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="consentLocale" value={consentLocale} />
      {carriedOver ? <input type="hidden" name="previousRequestId" value={carriedOver.id} /> : null}
      {supporters.length > 0 ? (
        <ChoiceGroup
          name="supporterId"
          type="radio"
          legend={labels.supporterId}
          options={[{ value: "", label: t("supporterAny") }, ...supporters.map((s) => ({ value: s.id, label: s.name }))]}
          checked={[""]}
        />
      ) : null}
      <TextField name="residentName" label={labels.residentName} autoComplete="off" maxLength={CONTACT_LIMITS.name} defaultValue={carriedOver?.residentName ?? undefined} />
      <TextField name="residentPhone" label={labels.residentPhone} type="tel" autoComplete="off" maxLength={CONTACT_LIMITS.phone} defaultValue={carriedOver?.residentPhone ?? undefined} />
      <TextField name="residentEmail" label={labels.residentEmail} type="email" autoComplete="off" maxLength={CONTACT_LIMITS.email} defaultValue={carriedOver?.residentEmail ?? undefined} />
      <ChoiceGroup
        name="preferredContact"
        type="radio"
        legend={labels.preferredContact}
        options={(["phone", "sms", "email"] as const satisfies ReadonlyArray<(typeof PREFERRED_CONTACT)[number]>).map((way) => ({ value: way, label: t(`contact.${way}`) }))}
        checked={[carriedOver?.preferredContact ?? "phone"]}
      />
      <TextField name="question" label={labels.question} hint={t("questionHint")} rows={5} maxLength={CONTACT_LIMITS.question} defaultValue={carriedOver?.question ?? undefined} />
      <ReachPreferenceFields words="StaffHandover" defaults={carriedOver ?? { language: consentLocale }} />
      <ChoiceGroup name="urgent" type="radio" legend={labels.urgent} hint={t("urgentHint")} options={yesNo} checked={[carriedOver?.urgent ? "yes" : "no"]} />
      <TextField name="urgencyReason" label={labels.urgencyReason} hint={t("urgencyReasonHint")} rows={2} maxLength={CONTACT_LIMITS.reason} defaultValue={carriedOver?.urgencyReason ?? undefined} />
      <ConsentField legend={t("consentLegend")} intro={t("consentRead")} text={consentText} label={labels.consent} lang={consentLocale} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
