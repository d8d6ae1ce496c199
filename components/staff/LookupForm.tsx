import { useLocale, useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { MunicipalitySelect } from "@/components/forms/MunicipalitySelect";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import type { MunicipalityView } from "@/lib/catalogue/view";
import { KINDS } from "@/lib/catalogue/view";
import type { LookupFilters } from "@/lib/staff/lookup-filters";

const LANGUAGES = ["nl", "en", "tr", "ar", "pl", "uk", "so", "ti"];

/** A GET form: the address holds the search, so it works without JavaScript and can be shared with a colleague. */
export function LookupForm({ filters, municipalities }: { filters: LookupFilters; municipalities: MunicipalityView[] }) {
  const t = useTranslations("StaffLookup");
  const tKinds = useTranslations("Kinds");
  const languageName = new Intl.DisplayNames([useLocale()], { type: "language" });
  return (
    <form method="get" role="search" aria-label={t("formLabel")} className="mt-6 flex flex-col gap-4 rounded-portal border-2 border-line bg-surface p-4">
      <TextField name="q" type="search" label={t("query")} hint={t("queryHint")} width="full" defaultValue={filters.q ?? ""} />
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-bold">{t("filters")}</legend>
        <MunicipalitySelect municipalities={municipalities} selected={filters.gemeente} label={t("municipality")} emptyLabel={t("any")} />
        <SelectField name="soort" label={t("kind")} emptyLabel={t("any")} options={KINDS.map((kind) => ({ value: kind, label: tKinds(`${kind}.title`) }))} defaultValue={filters.soort ?? ""} />
        <SelectField name="taal" label={t("language")} emptyLabel={t("any")} options={LANGUAGES.map((code) => ({ value: code, label: languageName.of(code) ?? code }))} defaultValue={filters.taal ?? ""} />
        <TextField name="leeftijd" type="number" inputMode="numeric" min={0} max={130} width="short" label={t("age")} defaultValue={filters.leeftijd?.toString() ?? ""} />
        <CheckboxField name="nieuw" value="ja" defaultChecked={!!filters.nieuw} label={t("acceptingOnly")} />
        <CheckboxField name="onafhankelijk" value="ja" defaultChecked={!!filters.onafhankelijk} label={t("independentOnly")} />
      </fieldset>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
