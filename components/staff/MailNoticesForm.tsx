import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { setMailNoticesAction } from "@/lib/actions/staff-actions";

/** A provider's choice: also an e-mail on every new request for their organization (no resident data in it). */
export function MailNoticesForm({ on }: { on: boolean }) {
  const t = useTranslations("StaffMailNotices");
  return (
    <ActionForm action={setMailNoticesAction} idPrefix="mail-" className="mt-4 flex flex-col gap-3">
      <CheckboxField name="mailNotices" label={t("label")} defaultChecked={on} />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
