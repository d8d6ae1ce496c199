import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { restoreVersionAction } from "@/lib/actions/history-actions";
import type { RecordKind } from "@/lib/catalogue/editing/kinds";

type Props = { kind: RecordKind; recordId: string; version: number };

/** One earlier version's button: it comes back as a new draft, to review and publish as usual. */
export async function RestoreVersionForm({ kind, recordId, version }: Props) {
  const t = await getTranslations("EditorHistory");
  return (
    <ActionForm action={restoreVersionAction} idPrefix={`restore-${version}-`} className="mt-3 flex flex-col gap-2">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="recordId" value={recordId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton variant="secondary" aria-label={t("restoreLabel", { version })}>
        {t("restore")}
      </SubmitButton>
    </ActionForm>
  );
}
