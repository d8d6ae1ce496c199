import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { markHandledAction } from "@/lib/actions/admin-actions";

/** An editor marks a resident's error report as handled. */
export function MarkHandledForm({ id }: { id: string }) {
  const t = useTranslations("AdminReports");
  return (
    <ActionForm action={markHandledAction} idPrefix={`${id}-`} className="mt-2 flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="quiet">{t("markHandled")}</SubmitButton>
    </ActionForm>
  );
}
