import { useTranslations } from "next-intl";
import type { DirectorySearch } from "@/lib/catalogue/directory/search";
import type { DirectoryFilters, MultiFilterKey } from "@/lib/catalogue/directory/filters";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { MunicipalityChoice as MunicipalityView } from "@/lib/catalogue/shapes/municipality";
import { OptionGroup } from "./OptionGroup";

type Props = {
  filters: DirectoryFilters;
  search: DirectorySearch;
  municipalities: readonly MunicipalityView[];
  locale: string;
};

const GROUP = { soort: "kind", domein: "domain", doelgroep: "targetGroup", taal: "language", contact: "attending" } as const;

/**
 * The directory's filters as one GET form: it works without JavaScript, and every
 * choice ends up in the address, so the back button and shared links just work.
 */
export function FilterForm({ filters, search, municipalities, locale }: Props) {
  const t = useTranslations("DirectoryFilters");
  const label = (key: MultiFilterKey, code: string) => vocabularyLabel(locale, GROUP[key], code);
  const group = (key: MultiFilterKey, legend: string) => (
    <OptionGroup
      name={key}
      legend={legend}
      options={search.options[key].map((code) => ({
        value: code,
        label: t("optionCount", { label: label(key, code), count: search.counts[key][code] ?? 0 }),
        checked: (filters[key] as string[]).includes(code),
      }))}
    />
  );
  const moreOpen = filters.doelgroep.length > 0 || filters.leeftijd !== undefined || filters.domein.length > 0;

  return (
    <form method="get" role="search" aria-labelledby="filters-title" className="flex flex-col gap-5 rounded-portal bg-surface p-4 print:hidden">
      <h2 id="filters-title" className="text-h3">
        {t("title")}
      </h2>
      <div className="flex flex-col gap-2">
        <label htmlFor="q" className="font-bold">
          {t("search")}
        </label>
        <p id="q-hint" className="text-sm text-ink-secondary">
          {t("searchHint")}
        </p>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          aria-describedby="q-hint"
          maxLength={200}
          className="min-h-11 rounded-portal border-2 border-line bg-canvas px-3 py-2"
        />
      </div>
      {municipalities.length > 1 ? (
        <div className="flex flex-col gap-2">
          <label htmlFor="gemeente" className="font-bold">
            {t("municipality")}
          </label>
          <select
            id="gemeente"
            name="gemeente"
            defaultValue={filters.gemeente ?? ""}
            className="min-h-11 rounded-portal border-2 border-line bg-canvas px-3 py-2"
          >
            <option value="">{t("allMunicipalities")}</option>
            {municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      ) : filters.gemeente ? (
        <input type="hidden" name="gemeente" value={filters.gemeente} />
      ) : null}
      {group("soort", t("kind"))}
      {group("contact", t("attending"))}
      {group("taal", t("language"))}
      <fieldset className="flex flex-col gap-2">
        <legend className="sr-only">{t("more")}</legend>
        <Flag name="onafhankelijk" checked={filters.onafhankelijk} label={t("optionCount", { label: t("independent"), count: search.counts.onafhankelijk })} />
        <Flag name="nieuw" checked={filters.nieuw} label={t("optionCount", { label: t("accepting"), count: search.counts.nieuw })} />
      </fieldset>
      <details open={moreOpen} className="flex flex-col gap-4">
        <summary className="cursor-pointer font-bold text-link underline">{t("more")}</summary>
        <div className="mt-4 flex flex-col gap-5">
          {group("domein", t("domain"))}
          {group("doelgroep", t("targetGroup"))}
          <div className="flex flex-col gap-2">
            <label htmlFor="leeftijd" className="font-bold">
              {t("age")}
            </label>
            <p id="leeftijd-hint" className="text-sm text-ink-secondary">
              {t("ageHint")}
            </p>
            <input
              id="leeftijd"
              name="leeftijd"
              type="number"
              inputMode="numeric"
              min={0}
              max={120}
              defaultValue={filters.leeftijd ?? ""}
              aria-describedby="leeftijd-hint"
              className="min-h-11 w-28 rounded-portal border-2 border-line bg-canvas px-3 py-2"
            />
          </div>
        </div>
      </details>
      <button
        type="submit"
        className="min-h-11 rounded-portal border-2 border-primary bg-primary px-5 py-2 font-bold text-primary-contrast hover:bg-link-hover"
      >
        {t("submit")}
      </button>
    </form>
  );
}

function Flag({ name, checked, label }: { name: string; checked: boolean; label: string }) {
  const id = `filter-${name}`;
  return (
    <div className="flex items-start gap-3">
      <input id={id} type="checkbox" name={name} value="1" defaultChecked={checked} className="mt-1 size-6 shrink-0" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
