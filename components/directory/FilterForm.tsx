import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { MunicipalitySelect } from "@/components/forms/MunicipalitySelect";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import type { DirectorySearch } from "@/lib/catalogue/directory/search";
import { emptyFilters, FILTER_VOCABULARY, type DirectoryFilters, type MultiFilterKey } from "@/lib/catalogue/directory/filters";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { MunicipalityChoice as MunicipalityView } from "@/lib/catalogue/shapes/municipality";

type Props = {
  filters: DirectoryFilters;
  search: DirectorySearch;
  municipalities: readonly MunicipalityView[];
  locale: string;
};

/**
 * The directory's filters as one GET form: it works without JavaScript, and every
 * choice ends up in the address, so the back button and shared links just work. The
 * order and the compare choice ride along as hidden fields.
 */
export function FilterForm({ filters, search, municipalities, locale }: Props) {
  const t = useTranslations("DirectoryFilters");
  const label = (key: MultiFilterKey, code: string) => vocabularyLabel(locale, FILTER_VOCABULARY[key], code);
  const group = (key: MultiFilterKey, legend: string) => (
    <ChoiceGroup
      name={key}
      type="checkbox"
      legend={legend}
      options={search.options[key].map((code) => ({ value: code, label: t("optionCount", { label: label(key, code), count: search.counts[key][code] ?? 0 }) }))}
      checked={filters[key] as string[]}
    />
  );
  const moreOpen = filters.doelgroep.length > 0 || filters.leeftijd !== undefined || filters.domein.length > 0;

  return (
    <form method="get" role="search" aria-labelledby="filters-title" className="flex flex-col gap-5 rounded-portal bg-surface p-4 print:hidden">
      <h2 id="filters-title" className="text-h3">
        {t("title")}
      </h2>
      <TextField name="q" type="search" label={t("search")} hint={t("searchHint")} maxLength={200} defaultValue={filters.q ?? ""} />
      {municipalities.length > 1 ? (
        <MunicipalitySelect municipalities={municipalities} selected={filters.gemeente} label={t("municipality")} emptyLabel={t("allMunicipalities")} />
      ) : filters.gemeente ? (
        <input type="hidden" name="gemeente" value={filters.gemeente} />
      ) : null}
      {group("soort", t("kind"))}
      {group("contact", t("attending"))}
      {group("taal", t("language"))}
      <fieldset className="flex flex-col gap-2">
        <legend className="sr-only">{t("more")}</legend>
        <CheckboxField name="onafhankelijk" id="filter-onafhankelijk" value="1" defaultChecked={filters.onafhankelijk} label={t("optionCount", { label: t("independent"), count: search.counts.onafhankelijk })} />
        <CheckboxField name="nieuw" id="filter-nieuw" value="1" defaultChecked={filters.nieuw} label={t("optionCount", { label: t("accepting"), count: search.counts.nieuw })} />
      </fieldset>
      <details open={moreOpen} className="flex flex-col gap-4">
        <summary className="cursor-pointer font-bold text-link underline">{t("more")}</summary>
        <div className="mt-4 flex flex-col gap-5">
          {group("domein", t("domain"))}
          {group("doelgroep", t("targetGroup"))}
          <TextField
            name="leeftijd"
            type="number"
            inputMode="numeric"
            min={0}
            max={120}
            width="short"
            label={t("age")}
            hint={t("ageHint")}
            defaultValue={filters.leeftijd?.toString() ?? ""}
          />
        </div>
      </details>
      {filters.sorteer !== emptyFilters.sorteer ? <input type="hidden" name="sorteer" value={filters.sorteer} /> : null}
      {filters.vergelijk.map((id) => (
        <input key={id} type="hidden" name="vergelijk" value={id} />
      ))}
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
