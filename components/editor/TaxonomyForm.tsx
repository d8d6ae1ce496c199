import { getTranslations } from "next-intl/server";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { TextField } from "@/components/forms/TextField";
import type { StartedFrom } from "@/lib/catalogue/editing/drafts";
import type { RecordValue } from "@/lib/catalogue/editing/field-changes";
import { EditorForm } from "./EditorForm";
import { LocalisedTextFields } from "./LocalisedTextFields";

type Props = { record: RecordValue; startedFrom: StartedFrom };

const text = (value: unknown) => (typeof value === "string" ? value : "");
const rowsOf = (value: unknown): RecordValue[] => (Array.isArray(value) ? (value as RecordValue[]) : []);

/**
 * A taxonomy and its terms, a row each and an empty row to add one; an existing term's
 * code stays (services refer to it) and may be removed only when nothing uses it
 * (forms/taxonomy.ts reads it back, terms-in-use.ts refuses).
 */
export async function TaxonomyForm({ record, startedFrom }: Props) {
  const [t, f, l] = await Promise.all([getTranslations("EditorTaxonomies"), getTranslations("EditorFields"), getTranslations("EditorRecordLists")]);
  const terms = rowsOf(record.terms);
  return (
    <EditorForm kind="taxonomy" startedFrom={startedFrom} labels={{ "name.nl": f("name"), terms: f("terms") }}>
      <LocalisedTextFields name="name" label={f("name")} value={record.name} />
      <LocalisedTextFields name="description" label={f("description")} value={record.description} rows={3} />
      <fieldset id="edit-terms" className="flex flex-col gap-4">
        <legend className="text-h3">{t("termsHeading")}</legend>
        <p className="max-w-prose">{t("termsIntro")}</p>
        {[...terms, {}].map((term, index) => {
          const existing = index < terms.length;
          return (
            <fieldset key={existing ? text(term.code) : "new"} className="flex flex-col gap-4 border-l-4 border-line pl-3">
              <legend className="font-bold">{existing ? t("term", { code: text(term.code) }) : t("newTerm")}</legend>
              {existing ? (
                <input type="hidden" name={`terms.${index}.code`} value={text(term.code)} />
              ) : (
                <TextField name={`terms.${index}.code`} label={t("code")} hint={t("codeHint")} maxLength={60} />
              )}
              <LocalisedTextFields name={`terms.${index}.name`} label={f("name")} value={term.name} />
              <LocalisedTextFields name={`terms.${index}.description`} label={f("description")} value={term.description} rows={2} />
              <TextField name={`terms.${index}.parent`} label={t("parent")} defaultValue={text(term.parent)} maxLength={60} />
              {existing ? <CheckboxField name={`terms.${index}.remove`} label={t("remove")} value="ja" /> : null}
            </fieldset>
          );
        })}
        <p className="max-w-prose">{l("rowsHint")}</p>
      </fieldset>
    </EditorForm>
  );
}
