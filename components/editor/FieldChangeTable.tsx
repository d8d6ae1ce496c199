import { getLocale, getTranslations } from "next-intl/server";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import type { FieldChange } from "@/lib/catalogue/editing/field-changes";
import { fieldWords } from "@/lib/catalogue/editing/field-words";

type Props = { changes: readonly FieldChange[]; caption: string; className?: string };

/**
 * Changed fields as a StaffTable (field, was, becomes): a record's history, what another
 * editor changed, an import's preview. Values are text, never markup.
 */
export async function FieldChangeTable({ changes, caption, className = "mt-2" }: Props) {
  const [fields, editor, locale] = await Promise.all([getTranslations("EditorFields"), getTranslations("Editor"), getLocale()]);
  const rows = changes.map((change) =>
    fieldWords((key, values) => fields(key as "name", values), (key) => fields.has(key as "name"), (key, values) => editor(key as "empty", values), change, locale),
  );
  const [field, before, after] = [editor("field"), editor("before"), editor("after")];
  return (
    <StaffTable caption={caption} headers={[field, before, after]} className={className}>
      {rows.map((row, index) => (
        <tr key={index}>
          <StaffCell label={field} className="font-bold">{row.label}</StaffCell>
          <StaffCell label={before} className="whitespace-pre-line">{row.before}</StaffCell>
          <StaffCell label={after} className="whitespace-pre-line">{row.after}</StaffCell>
        </tr>
      ))}
    </StaffTable>
  );
}
