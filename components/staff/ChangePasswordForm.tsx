import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { changePasswordAction } from "@/lib/actions/staff-actions";

/** The user's own password: the current one, then the new one twice. After an admin's reset it is the way on. */
export function ChangePasswordForm({ afterReset }: { afterReset: boolean }) {
  const t = useTranslations("StaffPassword");
  const labels = { current: t("current"), next: t("next"), repeat: t("repeat") };
  return (
    <ActionForm action={changePasswordAction} labels={labels} idPrefix="password-" className="mt-4 flex max-w-prose flex-col gap-5">
      {afterReset ? <input type="hidden" name="afterReset" value="1" /> : null}
      <TextField name="current" type="password" label={labels.current} autoComplete="current-password" />
      <TextField name="next" type="password" label={labels.next} hint={t("nextHint")} autoComplete="new-password" />
      <TextField name="repeat" type="password" label={labels.repeat} autoComplete="new-password" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
