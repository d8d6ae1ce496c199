import { getTranslations } from "next-intl/server";
import { TextField } from "@/components/forms/TextField";
import type { StartedFrom } from "@/lib/catalogue/editing/drafts";
import type { RecordValue } from "@/lib/catalogue/editing/field-changes";
import { EditorForm } from "./EditorForm";
import { LocalisedTextFields } from "./LocalisedTextFields";

type Props = { record: RecordValue | null; startedFrom: StartedFrom };

/** A municipality and its access team (lib/catalogue/editing/forms/municipality.ts reads it back). */
export async function MunicipalityForm({ record, startedFrom }: Props) {
  const [t, f] = await Promise.all([getTranslations("EditorMunicipalities"), getTranslations("EditorFields")]);
  const team = (record?.access_team ?? {}) as RecordValue;
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return (
    <EditorForm kind="municipality" startedFrom={startedFrom} labels={{ code: f("code"), name: f("name"), uri: f("uri"), "access_team.name.nl": f("access_team_name") }}>
      {record === null ? <TextField name="code" label={f("code")} hint={t("codeHint")} width="auto" maxLength={6} /> : null}
      <TextField name="name" label={f("name")} defaultValue={text(record?.name)} maxLength={200} />
      <TextField name="uri" label={f("uri")} hint={t("uriHint")} defaultValue={text(record?.uri)} width="full" />
      <fieldset className="flex flex-col gap-6">
        <legend className="text-h3">{t("teamHeading")}</legend>
        <p className="max-w-prose">{t("teamIntro")}</p>
        <LocalisedTextFields name="access_team.name" label={f("access_team_name")} value={team.name} />
        <TextField name="access_team.phone" label={f("access_team_phone")} hint={t("phoneHint")} type="tel" defaultValue={text(team.phone)} />
        <TextField name="access_team.website" label={f("access_team_website")} type="url" defaultValue={text(team.website)} width="full" />
        <LocalisedTextFields name="access_team.description" label={f("access_team_description")} value={team.description} rows={3} />
      </fieldset>
    </EditorForm>
  );
}
