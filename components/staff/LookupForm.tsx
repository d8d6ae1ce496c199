import { useLocale, useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { MunicipalitySelect } from "@/components/forms/MunicipalitySelect";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import type { DirectoryFilters } from "@/lib/catalogue/directory/filters";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { MunicipalityChoice } from "@/lib/catalogue/shapes/municipality";
import { MAX_AGE } from "@/lib/catalogue/url-params";
import { ASKED_LANGUAGE_CODES, KIND_CODES } from "@/lib/catalogue/vocabulary";

/** A GET form: the address holds the search, so it works without JavaScript and can be shared with a colleague. */
export function LookupForm({ filters, municipalities, reconnectFrom }: { filters: DirectoryFilters; municipalities: MunicipalityChoice[]; reconnectFrom?: string }) {
  const t = useTranslations("StaffLookup");
  const locale = useLocale();
  return (
    <form method="get" role="search" aria-label={t("formLabel")} className="mt-6 flex flex-col gap-4 rounded-portal border-2 border-line bg-surface p-4">
      {reconnectFrom ? <input type="hidden" name="opnieuw" value={reconnectFrom} /> : null}
      <TextField name="q" type="search" label={t("query")} hint={t("queryHint")} width="full" defaultValue={filters.q ?? ""} />
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-bold">{t("filters")}</legend>
        <MunicipalitySelect municipalities={municipalities} selected={filters.gemeente} label={t("municipality")} emptyLabel={t("any")} />
        <SelectField name="soort" label={t("kind")} emptyLabel={t("any")} options={KIND_CODES.map((kind) => ({ value: kind, label: vocabularyLabel(locale, "kind", kind) }))} defaultValue={filters.soort[0] ?? ""} />
        <SelectField name="taal" label={t("language")} emptyLabel={t("any")} options={ASKED_LANGUAGE_CODES.map((code) => ({ value: code, label: vocabularyLabel(locale, "language", code) }))} defaultValue={filters.taal[0] ?? ""} />
        <TextField name="leeftijd" type="number" inputMode="numeric" min={0} max={MAX_AGE} width="short" label={t("age")} defaultValue={filters.leeftijd?.toString() ?? ""} />
        <CheckboxField name="nieuw" value="ja" defaultChecked={!!filters.nieuw} label={t("acceptingOnly")} />
        <CheckboxField name="onafhankelijk" value="ja" defaultChecked={!!filters.onafhankelijk} label={t("independentOnly")} />
      </fieldset>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
