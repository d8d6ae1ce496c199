import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { ConsentField } from "@/components/forms/ConsentField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { ReachPreferenceFields } from "./ReachPreferenceFields";
import { hintText } from "@/components/forms/styles";
import { AnswerList } from "@/components/vraagwijzer/AnswerList";
import { HiddenAnswers } from "@/components/vraagwijzer/HiddenAnswers";
import { sendContactRequest } from "@/lib/actions/resident-actions";
import { CONTACT_LIMITS } from "@/lib/contact-requests/schema";
import { env } from "@/lib/env";
import type { Answers } from "@/lib/vraagwijzer/answers";

type Props = {
  serviceId: string;
  supporterId: string | undefined;
  idempotencyKey: string;
  /** The vraagwijzer answers the resident came with; they may choose to send them along. */
  shared?: { answers: Answers; municipalityName: string | undefined };
};

/**
 * The optional contact request, with what a provider needs to act on it well: language,
 * when and whether it is safe to call, and (only if ticked) the vraagwijzer answers. It
 * posts to a server action, so it works without JavaScript; once stored, the resident is
 * sent on to the confirmation page.
 */
export function ContactForm({ serviceId, supporterId, idempotencyKey, shared }: Props) {
  const t = useTranslations("ContactForm");
  const required = (label: string) => t("required", { label });
  const labels = {
    residentName: required(t("name")),
    residentPhone: t("phone"),
    residentEmail: t("email"),
    question: required(t("message")),
    language: t("language"),
    callMoments: t("momentsLegend"),
    safeToCall: t("safeToCall"),
    safeToMessage: t("safeToMessage"),
    consent: t("consentLabel"),
  };
  return (
    <ActionForm action={sendContactRequest} labels={labels} className="mt-4 flex flex-col gap-6">
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="supporterId" value={supporterId ?? ""} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <p className="max-w-prose">{t("requiredNote")}</p>
      <TextField name="residentName" label={labels.residentName} autoComplete="name" maxLength={CONTACT_LIMITS.name} />
      <p id="reach-hint" className={`max-w-prose ${hintText}`}>
        {t("reachHint")}
      </p>
      <TextField name="residentPhone" label={labels.residentPhone} type="tel" autoComplete="tel" maxLength={CONTACT_LIMITS.phone} describedById="reach-hint" />
      <TextField name="residentEmail" label={labels.residentEmail} type="email" autoComplete="email" maxLength={CONTACT_LIMITS.email} describedById="reach-hint" />
      <TextField name="question" label={labels.question} hint={t("messageHint")} rows={5} maxLength={CONTACT_LIMITS.question} />
      <ReachPreferenceFields words="ContactForm" />
      {shared ? (
        <fieldset className="flex flex-col gap-3 rounded-portal border-2 border-line p-4">
          <legend className="px-1 text-lg font-bold">{t("shareTitle")}</legend>
          <p className="max-w-prose">{t("shareHint")}</p>
          <AnswerList answers={shared.answers} municipalityName={shared.municipalityName} />
          <HiddenAnswers answers={shared.answers} />
          <CheckboxField name="shareAnswers" label={t("shareLabel")} />
        </fieldset>
      ) : null}
      <ConsentField legend={t("consentTitle")} text={t("consentText", { days: env().retentionDays })} label={labels.consent} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
