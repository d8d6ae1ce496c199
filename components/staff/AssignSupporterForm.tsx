import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { assignSupporterAction } from "@/lib/actions/staff-actions";

type Props = { id: string; version: number; supporters: { id: string; displayName: string }[]; assignedId: string | null };

/** The provider names who of the service will help the resident; the wijkteam sees the name. */
export function AssignSupporterForm({ id, version, supporters, assignedId }: Props) {
  const t = useTranslations("StaffInbox");
  if (supporters.length === 0) return null;
  return (
    <ActionForm action={assignSupporterAction} idPrefix="assign-" labels={{ supporterId: t("assignLabel") }} className="mt-4 flex flex-col gap-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SelectField name="supporterId" label={t("assignLabel")} defaultValue={assignedId ?? ""} emptyLabel={t("assignChoose")} options={supporters.map((s) => ({ value: s.id, label: s.displayName }))} />
      <div>
        <SubmitButton variant="secondary">{t("assignSubmit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
