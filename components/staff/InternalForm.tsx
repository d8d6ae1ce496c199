import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { saveInternalAction } from "@/lib/actions/admin-actions";

type Props = { serviceId: string; version: number; values: { notes: string; directPhone: string; directEmail: string } };

/** Internal notes and direct lines of one service, seen only by professionals; `version` guards against two editors at once. */
export function InternalForm({ serviceId, version, values }: Props) {
  const t = useTranslations("AdminInternal");
  const labels = { notes: t("notes"), directPhone: t("directPhone"), directEmail: t("directEmail") };
  return (
    <ActionForm action={saveInternalAction} labels={labels} className="mt-4 flex max-w-prose flex-col gap-5">
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="version" value={version} />
      <TextField name="notes" label={labels.notes} hint={t("notesHint")} rows={5} defaultValue={values.notes} />
      <TextField name="directPhone" label={labels.directPhone} type="tel" defaultValue={values.directPhone} />
      <TextField name="directEmail" label={labels.directEmail} type="email" defaultValue={values.directEmail} />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
