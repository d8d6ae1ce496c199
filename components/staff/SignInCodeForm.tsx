import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { giveCodeAction } from "@/lib/actions/staff-actions";

/** The second step of signing in: a code from the app, or a recovery code. */
export function SignInCodeForm({ back }: { back?: string }) {
  const t = useTranslations("StaffSignInCode");
  return (
    <ActionForm action={giveCodeAction} labels={{ code: t("code") }} className="mt-6 flex max-w-prose flex-col gap-5">
      {back ? <input type="hidden" name="terug" value={back} /> : null}
      <TextField name="code" label={t("code")} hint={t("codeHint")} autoComplete="one-time-code" maxLength={20} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
