import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { signInAction } from "@/lib/actions/staff-actions";

/** `back`: a checked path of this portal to return to after signing in (lib/auth/return-path.ts). */
export function SignInForm({ back }: { back?: string }) {
  const t = useTranslations("StaffSignIn");
  const labels = { email: t("email"), password: t("password") };
  return (
    <ActionForm action={signInAction} labels={labels} className="mt-6 flex max-w-prose flex-col gap-5">
      {back ? <input type="hidden" name="terug" value={back} /> : null}
      <TextField name="email" type="email" label={labels.email} autoComplete="username" />
      <TextField name="password" type="password" label={labels.password} autoComplete="current-password" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
