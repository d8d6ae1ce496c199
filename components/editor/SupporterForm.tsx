import { getLocale, getTranslations } from "next-intl/server";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { TextField } from "@/components/forms/TextField";
import type { StartedFrom } from "@/lib/catalogue/editing/drafts";
import type { RecordValue } from "@/lib/catalogue/editing/field-changes";
import { MAX_PHOTO_BYTES } from "@/lib/catalogue/interchange/photos";
import { genderLabel, vocabularyLabel } from "@/lib/catalogue/labels";
import { ASKED_LANGUAGE_CODES, LIVED_EXPERIENCE_CODES } from "@/lib/catalogue/vocabulary";
import { EditorForm } from "./EditorForm";
import { LocalisedTextFields } from "./LocalisedTextFields";
import { PhotoField } from "./PhotoField";

type Props = {
  startedFrom: StartedFrom;
  /** The supporter's place in the service's list (a new one: after the last). */
  index: number;
  supporter: RecordValue;
  /** The address of the photo as the form opens it (the draft's, for editors only), if any. */
  photoSrc?: string;
};

const text = (value: unknown) => (typeof value === "string" ? value : "");
const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
const GENDERS = ["vrouw", "man", "non-binair"];

/**
 * One supporter of a service, saved into the service's draft (`service.supporter`,
 * forms/supporter.ts): fields named by the supporter's place in the service, so the
 * schema's messages land here. The photo is uploaded with the form.
 */
export async function SupporterForm({ startedFrom, index, supporter, photoSrc }: Props) {
  const [t, f, locale] = await Promise.all([getTranslations("EditorSupporters"), getTranslations("EditorFields"), getLocale()]);
  const at = (field: string) => `x_supporters.${index}.${field}`;
  const languages = [...new Set([...ASKED_LANGUAGE_CODES, ...list(supporter.languages)])].map((code) => ({ value: code, label: vocabularyLabel(locale, "language", code) }));
  const lived = LIVED_EXPERIENCE_CODES.map((code) => ({ value: `co-lived-experience:${code}`, label: vocabularyLabel(locale, "livedExperience", code) }));
  const gender = text(supporter.gender);
  const genders = [{ value: "", label: t("genderNone") }, ...[...new Set([...GENDERS, ...(gender ? [gender] : [])])].map((value) => ({ value, label: genderLabel(locale, value) }))];
  const isNew = startedFrom.start === null || !list((startedFrom.start.x_supporters as RecordValue[] | undefined)?.map((p) => p.id)).includes(text(supporter.id));
  return (
    <EditorForm kind="service" form="service.supporter" startedFrom={startedFrom} labels={{ [at("display_name")]: f("display_name"), [at("photo")]: f("photo") }}>
      <input type="hidden" name={at("id")} value={text(supporter.id)} />
      <TextField name={at("display_name")} label={f("display_name")} defaultValue={text(supporter.display_name)} maxLength={100} />
      <LocalisedTextFields name={at("bio")} label={f("bio")} hint={t("bioHint")} value={supporter.bio} rows={4} />
      <ChoiceGroup type="checkbox" name={at("languages")} legend={t("languagesLegend")} options={languages} checked={list(supporter.languages)} />
      <ChoiceGroup type="checkbox" name={at("lived_experience")} legend={t("livedLegend")} hint={t("livedHint")} options={lived} checked={list(supporter.lived_experience)} />
      <ChoiceGroup type="radio" name={at("gender")} legend={t("genderLegend")} options={genders} checked={[gender]} />
      <fieldset className="flex flex-col gap-4">
        <legend className="text-h3">{f("photo")}</legend>
        {photoSrc ? (
          <figure className="flex flex-col gap-2">
            {/* eslint-disable-next-line @next/next/no-img-element -- a photo from the uploads folder, served by our own route */}
            <img src={photoSrc} alt={t("photoCurrent")} width={160} height={160} className="size-40 rounded-portal object-cover" />
          </figure>
        ) : (
          <p>{t("photoNone")}</p>
        )}
        <PhotoField name={at("photo")} label={t("photo")} hint={t("photoHint")} tooLarge={t("photoTooLarge")} maxBytes={MAX_PHOTO_BYTES} />
        {photoSrc ? <CheckboxField name={at("photo_remove")} label={t("photoRemove")} value="ja" /> : null}
      </fieldset>
      {!isNew ? (
        <div className="flex flex-col gap-2">
          <p className="max-w-prose">{t("removeHint")}</p>
          <CheckboxField name={at("remove")} label={t("remove")} value="ja" />
        </div>
      ) : null}
    </EditorForm>
  );
}
