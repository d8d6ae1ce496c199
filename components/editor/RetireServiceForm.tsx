import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/ActionForm";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { retireServiceAction } from "@/lib/actions/history-actions";

type Props = {
  serviceId: string;
  /** The published version the editor sees: a change meanwhile refuses, a second click does nothing more. */
  recordVersion: number;
};

/**
 * "Delete this service": it becomes defunct (kept for its history and the contact
 * requests that refer to it), after a ticked confirmation — one plain post, no script.
 */
export async function RetireServiceForm({ serviceId, recordVersion }: Props) {
  const t = await getTranslations("EditorHistory");
  return (
    <section aria-labelledby="retire-heading" className="mt-8 flex flex-col gap-3 rounded border-2 border-line p-4">
      <h2 id="retire-heading" className="text-h3">
        {t("retireTitle")}
      </h2>
      <p>{t("retireText")}</p>
      <ActionForm action={retireServiceAction} idPrefix="retire-" labels={{ confirm: t("retireConfirm") }} className="flex flex-col gap-4">
        <input type="hidden" name="serviceId" value={serviceId} />
        <input type="hidden" name="recordVersion" value={recordVersion} />
        <CheckboxField name="confirm" value="ja" label={t("retireConfirm")} />
        <SubmitButton variant="secondary">{t("retireTitle")}</SubmitButton>
      </ActionForm>
    </section>
  );
}
