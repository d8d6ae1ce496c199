import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { decideLinkAction } from "@/lib/actions/admin-actions";

/** Confirms or refuses linking an account to the identity that signed in through the municipality with its e-mail address. */
export function OidcLinkForm({ userId, email }: { userId: string; email: string }) {
  const t = useTranslations("AdminAccounts");
  return (
    <div className="flex flex-wrap gap-3">
      {[true, false].map((approve) => (
        <ActionForm key={String(approve)} action={decideLinkAction} idPrefix={`link-${approve}-${userId}-`} className="flex flex-col gap-2">
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="approve" value={String(approve)} />
          <SubmitButton variant={approve ? undefined : "quiet"}>{approve ? t("linkApprove", { email }) : t("linkReject", { email })}</SubmitButton>
        </ActionForm>
      ))}
    </div>
  );
}
