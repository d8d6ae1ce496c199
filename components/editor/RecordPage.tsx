import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { MissingRecord } from "@/components/staff/MissingRecord";
import { Link } from "@/i18n/navigation";
import { doneFlags } from "@/lib/catalogue/editing/done-flags";
import type { StartedFrom } from "@/lib/catalogue/editing/drafts";
import type { RecordKind } from "@/lib/catalogue/editing/kinds";
import { recordForEditing } from "@/lib/catalogue/editing/read";
import { DraftBar } from "./DraftBar";

/** Where a new record's form starts: no draft, no published record. */
export const NEW_RECORD: StartedFrom = { draftVersion: null, recordVersion: null, start: null };

type Frame = {
  /** The list the record belongs to ("/beheer/locaties"), for the way back. */
  listHref: string;
  /** The page's message namespace: its `back` words, and `missingTitle` and `missing`. */
  namespace: EditorNamespace;
};

export type EditorNamespace = "EditorMunicipalities" | "EditorOrganizations" | "EditorLocations" | "EditorTaxonomies" | "EditorServices";

/** The top of every record's editor page, new or existing: the way back to its list and the title. */
export async function RecordPageFrame({ listHref, namespace, title, children }: Frame & { title: string; children: ReactNode }) {
  const t = await getTranslations(namespace);
  return (
    <>
      <p>
        <Link href={listHref}>{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-h2 sm:text-h1">{title}</h1>
      {children}
    </>
  );
}

type Editing = NonNullable<Awaited<ReturnType<typeof recordForEditing>>>;
export type EditedRecord = Editing & { record: NonNullable<Editing["record"]> };

type Props = Frame & {
  kind: RecordKind;
  /** The record's key from the address, or null when it is not a valid key of this kind. */
  recordKey: string | null;
  query: Record<string, string | string[] | undefined>;
  /** The title, from the record as the form opens. */
  title: (editing: EditedRecord) => string;
  /** The draft as residents would see it, when the kind has a preview. */
  previewHref?: string;
  /** What comes before the draft bar (links to the record's other pages). */
  lead?: (editing: EditedRecord) => ReactNode;
  /** The form, and what follows it. */
  children: (editing: EditedRecord, key: string) => ReactNode;
};

/**
 * One published record's editor page: the frame, the draft's state with the steps on it
 * (DraftBar), then the form. A key that is not valid, or a record that does not exist (any
 * more), gives MissingRecord.
 */
export async function RecordEditPage({ kind, recordKey, query, title, previewHref, lead, children, ...frame }: Props) {
  const editing = recordKey ? await recordForEditing(kind, recordKey) : null;
  if (!recordKey || !editing || editing.record === null) {
    const t = await getTranslations(frame.namespace);
    return <MissingRecord title={t("missingTitle")} text={t("missing")} />;
  }
  const edited = editing as EditedRecord;
  return (
    <RecordPageFrame {...frame} title={title(edited)}>
      {lead?.(edited)}
      <DraftBar kind={kind} recordId={recordKey} draft={editing.draft} published={editing.published !== null} previewHref={previewHref} done={doneFlags(query)} />
      <div className="mt-6">{children(edited, recordKey)}</div>
    </RecordPageFrame>
  );
}
