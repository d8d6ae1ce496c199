import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { SelectField } from "@/components/forms/SelectField";
import { TextField } from "@/components/forms/TextField";
import type { StartedFrom } from "@/lib/catalogue/editing/drafts";
import type { RecordValue } from "@/lib/catalogue/editing/field-changes";
import { attributeField } from "@/lib/catalogue/editing/forms/service";
import type { ServiceFormChoices } from "@/lib/catalogue/editing/service-read";
import { serviceStatus } from "@/lib/catalogue/interchange/schema";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import { localise } from "@/lib/catalogue/localise";
import { ASKED_LANGUAGE_CODES } from "@/lib/catalogue/vocabulary";
import { EditorForm } from "./EditorForm";
import { LocalisedTextFields } from "./LocalisedTextFields";
import { ServicePlaceFields } from "./ServicePlaceFields";
import { StartedFromFields } from "./StartedFromFields";

type Props = {
  record: RecordValue | null;
  startedFrom: StartedFrom;
  choices: ServiceFormChoices;
  /** A new service's id, made by the page. */
  newId?: string;
};

const PHONE_TYPES = ["voice", "text", "video", "textphone"] as const;
const text = (value: unknown) => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");
const rows = (value: unknown): RecordValue[] => (Array.isArray(value) ? (value as RecordValue[]) : []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
const yesNo = (value: unknown, unknown?: string) => (value === true ? ["ja"] : value === false ? ["nee"] : unknown ? [unknown] : []);

/** Every field of a service but its supporters (their own pages) and the check mark (its own step); lib/catalogue/editing/forms/service.ts reads it back. */
export async function ServiceForm({ record, startedFrom, choices, newId }: Props) {
  const [t, f, locale, format] = await Promise.all([getTranslations("EditorServices"), getTranslations("EditorFields"), getLocale(), getFormatter()]);
  const name = (value: unknown) => localise(value, locale)?.text ?? "";
  const phones = [...rows(record?.phones), {}];
  const languages = [...new Set([...ASKED_LANGUAGE_CODES, ...strings(record?.languages)])];
  const attributes = strings(record?.attributes);
  const labels: Record<string, string> = {
    organization_id: f("organization_id"),
    "name.nl": f("name"),
    status: f("status"),
    url: f("url"),
    email: f("email"),
    minimum_age: f("minimum_age"),
    maximum_age: f("maximum_age"),
    service_areas: f("service_areas"),
    attributes: t("kind"),
    x_handles_complex: f("x_handles_complex"),
    x_waiting_days: f("x_waiting_days"),
    ...Object.fromEntries(phones.map((_, i) => [`phones.${i}.number`, t("phoneRow", { number: i + 1 })])),
  };
  return (
    <EditorForm kind="service" startedFrom={startedFrom} labels={labels}>
      {newId ? <StartedFromFields values={{ id: newId }} /> : null}
      <fieldset className="flex flex-col gap-6">
        <legend className="text-h3">{t("basics")}</legend>
        <SelectField
          name="organization_id"
          label={f("organization_id")}
          emptyLabel={t("chooseOrganization")}
          options={choices.organizations.map((o) => ({ value: o.id, label: o.name }))}
          defaultValue={text(record?.organization_id)}
        />
        <LocalisedTextFields name="name" label={f("name")} value={record?.name} />
        <LocalisedTextFields name="description" label={f("description")} value={record?.description} rows={4} />
        <ChoiceGroup
          name="status"
          type="radio"
          legend={f("status")}
          options={serviceStatus.options.map((value) => ({ value, label: t(`statusWords.${value}`), hint: t(`statusHints.${value}`) }))}
          checked={[text(record?.status) || "active"]}
        />
        <TextField name="url" label={f("url")} hint={t("urlHint")} type="url" defaultValue={text(record?.url)} width="full" />
        <TextField name="email" label={f("email")} type="email" defaultValue={text(record?.email)} />
      </fieldset>

      <fieldset className="flex flex-col gap-6">
        <legend className="text-h3">{t("phonesHeading")}</legend>
        {phones.map((phone, i) => (
          <fieldset key={i} className="flex flex-col gap-4 border-l-4 border-line pl-4">
            <legend className="font-bold">{t("phoneRow", { number: i + 1 })}</legend>
            <TextField name={`phones.${i}.number`} label={t("phoneNumber")} type="tel" defaultValue={text(phone.number)} />
            <SelectField
              name={`phones.${i}.type`}
              label={t("phoneType")}
              emptyLabel={t("phoneTypeNone")}
              options={PHONE_TYPES.map((value) => ({ value, label: t(`phoneTypes.${value}`) }))}
              defaultValue={text(phone.type)}
            />
            <LocalisedTextFields name={`phones.${i}.description`} label={t("phoneDescription")} value={phone.description} />
          </fieldset>
        ))}
      </fieldset>

      <fieldset className="flex flex-col gap-6">
        <legend className="text-h3">{t("startHeading")}</legend>
        <LocalisedTextFields name="application_process" label={f("application_process")} value={record?.application_process} rows={3} />
        <LocalisedTextFields name="fees_description" label={f("fees_description")} value={record?.fees_description} rows={2} />
        <LocalisedTextFields name="eligibility_description" label={f("eligibility_description")} value={record?.eligibility_description} rows={2} />
        <TextField name="minimum_age" label={f("minimum_age")} hint={t("ageHint")} inputMode="numeric" defaultValue={text(record?.minimum_age)} maxLength={3} />
        <TextField name="maximum_age" label={f("maximum_age")} hint={t("ageHint")} inputMode="numeric" defaultValue={text(record?.maximum_age)} maxLength={3} />
      </fieldset>

      <fieldset className="flex flex-col gap-6">
        <legend className="text-h3">{t("whereHeading")}</legend>
        <ChoiceGroup
          name="service_areas"
          type="checkbox"
          legend={f("service_areas")}
          hint={t("areasHint")}
          options={choices.municipalities.map((m) => ({ value: m.code, label: m.name }))}
          checked={rows(record?.service_areas).map((area) => text(area.municipality))}
        />
        <ChoiceGroup
          name="languages"
          type="checkbox"
          legend={f("languages")}
          options={languages.map((code) => ({ value: code, label: vocabularyLabel(locale, "language", code) }))}
          checked={strings(record?.languages)}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-6">
        <legend className="text-h3">{t("attributesHeading")}</legend>
        {choices.taxonomies.map((taxonomy) => {
          const kind = taxonomy.id === "co-kind";
          return (
            <ChoiceGroup
              key={taxonomy.id}
              name={attributeField(taxonomy.id)}
              type={kind ? "radio" : "checkbox"}
              legend={kind ? t("kind") : name(taxonomy.name) || taxonomy.id}
              hint={kind ? t("kindHint") : undefined}
              options={taxonomy.terms.map((term) => ({
                value: `${taxonomy.id}:${term.code}`,
                label: kind ? vocabularyLabel(locale, "kind", term.code) : name(term.name) || term.code,
              }))}
              checked={attributes.filter((ref) => ref.startsWith(`${taxonomy.id}:`))}
            />
          );
        })}
      </fieldset>

      <ServicePlaceFields places={rows(record?.service_at_locations)} locations={choices.locations} />

      <fieldset className="flex flex-col gap-6">
        <legend className="text-h3">{t("moreHeading")}</legend>
        <ChoiceGroup
          name="x_handles_complex"
          type="radio"
          legend={f("x_handles_complex")}
          options={[{ value: "ja", label: t("yes") }, { value: "nee", label: t("no") }]}
          checked={yesNo(record?.x_handles_complex, "nee")}
        />
        <ChoiceGroup
          name="x_accepting_new_clients"
          type="radio"
          legend={f("x_accepting_new_clients")}
          options={[{ value: "ja", label: t("yes") }, { value: "nee", label: t("no") }, { value: "onbekend", label: t("unknown") }]}
          checked={yesNo(record?.x_accepting_new_clients, "onbekend")}
        />
        <TextField name="x_waiting_days" label={f("x_waiting_days")} hint={t("waitingHint")} inputMode="numeric" defaultValue={text(record?.x_waiting_days)} maxLength={5} />
        <SelectField
          name="x_backup_service_id"
          label={f("x_backup_service_id")}
          hint={t("backupHint")}
          emptyLabel={t("noBackup")}
          options={choices.formal.map((s) => ({ value: s.id, label: name(s.name) || s.id }))}
          defaultValue={text(record?.x_backup_service_id)}
        />
      </fieldset>

      <section aria-labelledby="checked-heading">
        <h2 id="checked-heading" className="text-h3">
          {t("checkedHeading")}
        </h2>
        <p className="mt-2">
          {typeof record?.assured_date === "string"
            ? t("checkedText", { date: format.dateTime(new Date(`${record.assured_date}T12:00:00Z`), { dateStyle: "long" }), email: text(record.assurer_email) || "–" })
            : t("checkedNever")}
        </p>
        <p className="mt-1 text-ink-secondary">{t("checkedHint")}</p>
      </section>
    </EditorForm>
  );
}
