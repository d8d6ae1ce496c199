import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { saveDraftAction } from "@/lib/actions/editor-actions";
import type { StartedFrom } from "@/lib/catalogue/editing/drafts";
import { startedFromValues } from "@/lib/catalogue/editing/edit-form";
import type { RecordKind } from "@/lib/catalogue/editing/kinds";
import { ConflictDetails } from "./ConflictDetails";
import { StartedFromFields } from "./StartedFromFields";

type Props = {
  kind: RecordKind;
  /** A form for a part of the record (`RECORD_FORMS` name, e.g. `service.supporter`). */
  form?: string;
  startedFrom: StartedFrom;
  /** Field name → label, for the error summary. */
  labels?: Readonly<Record<string, string>>;
  children: ReactNode;
};

/**
 * The edit form of any catalogue record: its fields (children, named by their path in the
 * record), what it was opened with, and "Concept opslaan". A refused save shows what
 * another editor changed and the form again with one's own changes on top.
 */
export async function EditorForm({ kind, form, startedFrom, labels, children }: Props) {
  const t = await getTranslations("Editor");
  return (
    <ActionForm action={saveDraftAction} labels={labels} idPrefix="edit-">
      <input type="hidden" name="kind" value={kind} />
      {form ? <input type="hidden" name="form" value={form} /> : null}
      <StartedFromFields values={startedFromValues(startedFrom)} />
      <ConflictDetails heading={t("theirChanges")} field={t("field")} before={t("before")} after={t("after")} />
      {children}
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
