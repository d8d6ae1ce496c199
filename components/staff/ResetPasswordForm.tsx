import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { resetPasswordAction } from "@/lib/actions/admin-actions";

/** An admin gives an account a temporary password; the user chooses a new one at the next sign-in. */
export function ResetPasswordForm({ userId, email }: { userId: string; email: string }) {
  const t = useTranslations("AdminPasswordReset");
  return (
    <ActionForm action={resetPasswordAction} idPrefix={`reset-${userId}-`} className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton variant="quiet">{t("reset", { email })}</SubmitButton>
    </ActionForm>
  );
}
