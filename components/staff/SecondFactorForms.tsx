import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { Link } from "@/i18n/navigation";
import { confirmSecondFactorAction, renewRecoveryCodesAction } from "@/lib/actions/staff-actions";
import { RecoveryCodes } from "./RecoveryCodes";

/** Confirms the secret shown with a code from the app; then shows the recovery codes once, instead of the form. */
export function ConfirmSecondFactorForm({ next }: { next: string }) {
  const t = useTranslations("StaffSecondFactor");
  const codes = (
    <RecoveryCodes title={t("codesTitle")} text={t("codesText")}>
      <p className="mt-4">
        <Link href={next} className="font-bold">
          {t("continue")}
        </Link>
      </p>
    </RecoveryCodes>
  );
  return (
    <ActionForm action={confirmSecondFactorAction} labels={{ code: t("code") }} idPrefix="totp-" heading={codes} hideWhenDone className="mt-4 flex max-w-prose flex-col gap-5">
      <TextField name="code" label={t("code")} hint={t("step3")} autoComplete="one-time-code" inputMode="numeric" maxLength={10} />
      <SubmitButton>{t("confirm")}</SubmitButton>
    </ActionForm>
  );
}

/** New recovery codes; the old ones stop working. */
export function RenewRecoveryCodesForm() {
  const t = useTranslations("StaffSecondFactor");
  return (
    <ActionForm action={renewRecoveryCodesAction} idPrefix="renew-" heading={<RecoveryCodes title={t("codesTitle")} text={t("codesText")} />} className="mt-4 flex max-w-prose flex-col gap-4">
      <SubmitButton variant="quiet">{t("renew")}</SubmitButton>
    </ActionForm>
  );
}
