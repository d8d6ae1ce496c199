import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { setDisabledAction } from "@/lib/actions/admin-actions";

/** Blocks an account (ending its sessions) or unblocks it. */
export function AccountAccessForm({ userId, email, disabled }: { userId: string; email: string; disabled: boolean }) {
  const t = useTranslations("AdminAccounts");
  return (
    <ActionForm action={setDisabledAction} idPrefix={`${userId}-`} className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <SubmitButton variant="quiet">{disabled ? t("enable", { email }) : t("disable", { email })}</SubmitButton>
    </ActionForm>
  );
}
