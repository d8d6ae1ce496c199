import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { ConsentField } from "@/components/forms/ConsentField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { hintText } from "@/components/forms/styles";
import { sendContactRequest } from "@/lib/actions/resident-actions";
import { CONTACT_LIMITS } from "@/lib/contact-requests/schema";
import { env } from "@/lib/env";

type Props = { serviceId: string; supporterId: string | undefined; idempotencyKey: string };

/**
 * The optional contact request. It posts to a server action, so it works without
 * JavaScript; with JavaScript the page does not reload. After sending only the answer stays.
 */
export function ContactForm({ serviceId, supporterId, idempotencyKey }: Props) {
  const t = useTranslations("ContactForm");
  const labels = { residentName: t("name"), residentPhone: t("phone"), residentEmail: t("email"), question: t("message"), consent: t("consentLabel") };
  return (
    <ActionForm action={sendContactRequest} labels={labels} hideWhenDone className="mt-4 flex flex-col gap-6">
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="supporterId" value={supporterId ?? ""} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <TextField name="residentName" label={labels.residentName} autoComplete="name" maxLength={CONTACT_LIMITS.name} />
      <p id="reach-hint" className={`max-w-prose ${hintText}`}>
        {t("reachHint")}
      </p>
      <TextField name="residentPhone" label={labels.residentPhone} type="tel" autoComplete="tel" maxLength={CONTACT_LIMITS.phone} describedById="reach-hint" />
      <TextField name="residentEmail" label={labels.residentEmail} type="email" autoComplete="email" maxLength={CONTACT_LIMITS.email} describedById="reach-hint" />
      <TextField name="question" label={labels.question} hint={t("messageHint")} rows={5} maxLength={CONTACT_LIMITS.question} />
      <ConsentField legend={t("consentTitle")} text={t("consentText", { days: env().retentionDays })} label={labels.consent} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
