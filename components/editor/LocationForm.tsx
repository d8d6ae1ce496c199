import { getTranslations } from "next-intl/server";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { TextField } from "@/components/forms/TextField";
import type { StartedFrom } from "@/lib/catalogue/editing/drafts";
import type { RecordValue } from "@/lib/catalogue/editing/field-changes";
import { EditorForm } from "./EditorForm";
import { LocalisedTextFields } from "./LocalisedTextFields";

type Props = { record: RecordValue | null; startedFrom: StartedFrom; newId?: string };

const text = (value: unknown) => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");
const rowsOf = (value: unknown): RecordValue[] => (Array.isArray(value) ? (value as RecordValue[]) : []);

/** A location: building or online, address, map position, how to get there, accessibility rows (forms/location.ts reads it back). */
export async function LocationForm({ record, startedFrom, newId }: Props) {
  const [t, f, l] = await Promise.all([getTranslations("EditorLocations"), getTranslations("EditorFields"), getTranslations("EditorRecordLists")]);
  const address = (record?.address ?? {}) as RecordValue;
  const accessibility = [...rowsOf(record?.accessibility), {}];
  const types = [
    { value: "physical", label: t("physical"), hint: t("physicalHint") },
    { value: "virtual", label: t("virtual"), hint: t("virtualHint") },
  ];
  const labels = { name: f("name"), location_type: f("location_type"), url: f("url"), address: f("address"), "address.address_1": f("address_address_1"), "address.city": f("address_city"), "address.postal_code": f("address_postal_code"), latitude: f("latitude"), longitude: f("longitude") };
  return (
    <EditorForm kind="location" startedFrom={startedFrom} labels={labels}>
      {record === null && newId ? <input type="hidden" name="id" value={newId} /> : null}
      <TextField name="name" label={f("name")} defaultValue={text(record?.name)} maxLength={200} width="full" />
      <ChoiceGroup type="radio" name="location_type" legend={f("location_type")} options={types} checked={[text(record?.location_type) || "physical"]} />
      <TextField name="url" label={f("url")} type="url" defaultValue={text(record?.url)} width="full" />
      <LocalisedTextFields name="description" label={f("description")} value={record?.description} rows={3} />
      <fieldset id="edit-address" className="flex flex-col gap-4">
        <legend className="text-h3">{t("addressHeading")}</legend>
        <TextField name="address.address_1" label={f("address_address_1")} defaultValue={text(address.address_1)} maxLength={200} width="full" />
        <TextField name="address.address_2" label={f("address_address_2")} defaultValue={text(address.address_2)} maxLength={200} width="full" />
        <TextField name="address.postal_code" label={f("address_postal_code")} hint={t("postalHint")} defaultValue={text(address.postal_code)} maxLength={7} />
        <TextField name="address.city" label={f("address_city")} defaultValue={text(address.city)} maxLength={100} />
        <TextField name="address.country" label={f("address_country")} hint={t("countryHint")} defaultValue={text(address.country) || "NL"} maxLength={2} width="short" />
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="text-h3">{t("coordinatesHeading")}</legend>
        <p className="max-w-prose">{t("coordinatesIntro")}</p>
        <TextField name="latitude" label={f("latitude")} inputMode="text" defaultValue={text(record?.latitude)} maxLength={20} />
        <TextField name="longitude" label={f("longitude")} inputMode="text" defaultValue={text(record?.longitude)} maxLength={20} />
      </fieldset>
      <LocalisedTextFields name="transportation" label={f("transportation")} value={record?.transportation} rows={3} />
      <fieldset className="flex flex-col gap-4">
        <legend className="text-h3">{t("accessibilityHeading")}</legend>
        <p className="max-w-prose">
          {t("accessibilityIntro")} {l("rowsHint")}
        </p>
        {accessibility.map((row, index) => (
          <fieldset key={index} className="flex flex-col gap-4 border-l-4 border-line pl-3">
            <legend className="font-bold">{index < accessibility.length - 1 ? t("accessibilityRow", { number: index + 1 }) : l("newRow")}</legend>
            <LocalisedTextFields name={`accessibility.${index}.description`} label={f("accessibility")} value={row.description} />
          </fieldset>
        ))}
      </fieldset>
    </EditorForm>
  );
}
