import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/SelectField";
import { TextField } from "@/components/forms/TextField";
import type { StartedFrom } from "@/lib/catalogue/editing/drafts";
import type { RecordValue } from "@/lib/catalogue/editing/field-changes";
import { EditorForm } from "./EditorForm";
import { LocalisedTextFields } from "./LocalisedTextFields";
import { YesNoField } from "./YesNoField";

type Props = { record: RecordValue | null; startedFrom: StartedFrom; newId?: string };

const text = (value: unknown) => (typeof value === "string" ? value : "");
const rowsOf = (value: unknown): RecordValue[] => (Array.isArray(value) ? (value as RecordValue[]) : []);

/** An organization with both independence flags, registrations and phones (lib/catalogue/editing/forms/organization.ts reads it back). */
export async function OrganizationForm({ record, startedFrom, newId }: Props) {
  const [t, f, l] = await Promise.all([getTranslations("EditorOrganizations"), getTranslations("EditorFields"), getTranslations("EditorRecordLists")]);
  const identifiers = [...rowsOf(record?.identifiers), {}];
  const phones = [...rowsOf(record?.phones), {}];
  const phoneTypes = [
    { value: "voice", label: t("phoneVoice") },
    { value: "text", label: t("phoneText") },
    { value: "video", label: t("phoneVideo") },
    { value: "textphone", label: t("phoneTextphone") },
  ];
  const labels = { name: f("name"), email: f("email"), website: f("website"), x_is_care_provider: f("x_is_care_provider"), x_is_access_team: f("x_is_access_team") };
  return (
    <EditorForm kind="organization" startedFrom={startedFrom} labels={labels}>
      {record === null && newId ? <input type="hidden" name="id" value={newId} /> : null}
      <TextField name="name" label={f("name")} defaultValue={text(record?.name)} maxLength={200} width="full" />
      <TextField name="alternate_name" label={f("alternate_name")} defaultValue={text(record?.alternate_name)} maxLength={200} width="full" />
      <LocalisedTextFields name="description" label={f("description")} value={record?.description} rows={4} />
      <TextField name="email" label={f("email")} hint={t("emailHint")} type="email" defaultValue={text(record?.email)} width="full" />
      <TextField name="website" label={f("website")} type="url" defaultValue={text(record?.website)} width="full" />
      <TextField name="legal_status" label={f("legal_status")} hint={t("legalHint")} defaultValue={text(record?.legal_status)} maxLength={100} />
      <fieldset className="flex flex-col gap-6">
        <legend className="text-h3">{t("independenceHeading")}</legend>
        <p className="max-w-prose">{t("independenceIntro")}</p>
        <YesNoField name="x_is_care_provider" legend={t("careQuestion")} hint={t("careHint")} value={record?.x_is_care_provider} yes={t("yes")} no={t("no")} />
        <YesNoField name="x_is_access_team" legend={t("accessQuestion")} hint={t("accessHint")} value={record?.x_is_access_team} yes={t("yes")} no={t("no")} />
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="text-h3">{t("identifiersHeading")}</legend>
        <p className="max-w-prose">
          {t("identifiersIntro")} {l("rowsHint")}
        </p>
        {identifiers.map((row, index) => (
          <fieldset key={index} className="flex flex-wrap gap-4 border-l-4 border-line pl-3">
            <legend className="font-bold">{index < identifiers.length - 1 ? l("row", { number: index + 1 }) : l("newRow")}</legend>
            <TextField name={`identifiers.${index}.identifier_scheme`} label={t("scheme")} defaultValue={text(row.identifier_scheme)} maxLength={50} />
            <TextField name={`identifiers.${index}.identifier`} label={t("identifier")} defaultValue={text(row.identifier)} maxLength={50} />
          </fieldset>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="text-h3">{t("phonesHeading")}</legend>
        <p className="max-w-prose">{l("rowsHint")}</p>
        {phones.map((row, index) => (
          <fieldset key={index} className="flex flex-wrap gap-4 border-l-4 border-line pl-3">
            <legend className="font-bold">{index < phones.length - 1 ? l("row", { number: index + 1 }) : l("newRow")}</legend>
            <TextField name={`phones.${index}.number`} label={t("phoneNumber")} type="tel" defaultValue={text(row.number)} maxLength={30} />
            <SelectField name={`phones.${index}.type`} label={t("phoneType")} options={phoneTypes} emptyLabel="—" defaultValue={text(row.type)} />
          </fieldset>
        ))}
      </fieldset>
    </EditorForm>
  );
}
