import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { ConsentField } from "@/components/forms/ConsentField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { createHandoverAction } from "@/lib/actions/staff-actions";
import { CONTACT_LIMITS, PREFERRED_CONTACT } from "@/lib/contact-requests/schema";

type Props = { serviceId: string; idempotencyKey: string; supporters: { id: string; name: string }[]; consentText: string };

/**
 * The warm handover, with the resident present. The idempotency key is fixed when the
 * page is rendered, so a double click or a resubmit after a slow answer creates one
 * handover, not two. The same fields and limits as a resident's own request.
 */
export function HandoverForm({ serviceId, idempotencyKey, supporters, consentText }: Props) {
  const t = useTranslations("StaffHandover");
  const labels = {
    supporterId: t("supporter"),
    residentName: t("residentName"),
    residentPhone: t("residentPhone"),
    residentEmail: t("residentEmail"),
    preferredContact: t("preferredContact"),
    question: t("question"),
    consent: t("consentCheck"),
  };
  return (
    <ActionForm action={createHandoverAction} labels={labels} className="mt-6 flex max-w-prose flex-col gap-5">
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {supporters.length > 0 ? (
        <ChoiceGroup
          name="supporterId"
          type="radio"
          legend={labels.supporterId}
          options={[{ value: "", label: t("supporterAny") }, ...supporters.map((s) => ({ value: s.id, label: s.name }))]}
          checked={[""]}
        />
      ) : null}
      <TextField name="residentName" label={labels.residentName} autoComplete="off" maxLength={CONTACT_LIMITS.name} />
      <TextField name="residentPhone" label={labels.residentPhone} type="tel" autoComplete="off" maxLength={CONTACT_LIMITS.phone} />
      <TextField name="residentEmail" label={labels.residentEmail} type="email" autoComplete="off" maxLength={CONTACT_LIMITS.email} />
      <ChoiceGroup
        name="preferredContact"
        type="radio"
        legend={labels.preferredContact}
        options={(["phone", "sms", "email"] as const satisfies ReadonlyArray<(typeof PREFERRED_CONTACT)[number]>).map((way) => ({ value: way, label: t(`contact.${way}`) }))}
        checked={["phone"]}
      />
      <TextField name="question" label={labels.question} hint={t("questionHint")} rows={5} maxLength={CONTACT_LIMITS.question} />
      <ConsentField legend={t("consentLegend")} intro={t("consentRead")} text={consentText} label={labels.consent} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
