import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { signOutEverywhereAction } from "@/lib/actions/staff-actions";

/** Ends every session of the signed-in user, e.g. after losing a laptop. */
export function SignOutEverywhereForm() {
  const t = useTranslations("StaffAccount");
  return (
    <ActionForm action={signOutEverywhereAction} idPrefix="everywhere-" className="mt-4 flex flex-col gap-3">
      <SubmitButton>{t("everywhere")}</SubmitButton>
    </ActionForm>
  );
}
