import { getLocale, getTranslations } from "next-intl/server";
import type { MunicipalityChoice as MunicipalityView } from "@/lib/catalogue/shapes/municipality";
import { KIND_CODES as KINDS } from "@/lib/catalogue/vocabulary";
import type { DirectoryFilters } from "@/lib/catalogue/directory/filters";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import { MAX_AGE } from "@/lib/catalogue/url-params";
import { buttonClass, inputClass } from "./Field";

import { ASKED_LANGUAGE_CODES as LANGUAGES } from "@/lib/catalogue/vocabulary";

/** A GET form: the address holds the search, so it works without JavaScript and can be shared with a colleague. */
export async function LookupForm({ filters, municipalities }: { filters: DirectoryFilters; municipalities: MunicipalityView[] }) {
  const [t, locale] = await Promise.all([getTranslations("StaffLookup"), getLocale()]);
  return (
    <form method="get" role="search" aria-label={t("formLabel")} className="mt-6 rounded border-2 border-line bg-surface p-4">
      <label htmlFor="q" className="block font-bold">
        {t("query")}
      </label>
      <p id="q-hint" className="text-sm text-ink-secondary">
        {t("queryHint")}
      </p>
      <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} aria-describedby="q-hint" className={inputClass} />
      <fieldset className="mt-4 grid gap-4 sm:grid-cols-3">
        <legend className="font-bold">{t("filters")}</legend>
        <div>
          <label htmlFor="gemeente" className="block">
            {t("municipality")}
          </label>
          <select id="gemeente" name="gemeente" defaultValue={filters.gemeente ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            {municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="soort" className="block">
            {t("kind")}
          </label>
          <select id="soort" name="soort" defaultValue={filters.soort[0] ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {vocabularyLabel(locale, "kind", kind)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="taal" className="block">
            {t("language")}
          </label>
          <select id="taal" name="taal" defaultValue={filters.taal[0] ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {vocabularyLabel(locale, "language", code)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="leeftijd" className="block">
            {t("age")}
          </label>
          <input id="leeftijd" name="leeftijd" type="number" min={0} max={MAX_AGE} inputMode="numeric" defaultValue={filters.leeftijd ?? ""} className={inputClass} />
        </div>
        <div className="flex items-center gap-2 sm:col-span-1">
          <input id="nieuw" name="nieuw" type="checkbox" value="ja" defaultChecked={!!filters.nieuw} className="size-5" />
          <label htmlFor="nieuw">{t("acceptingOnly")}</label>
        </div>
        <div className="flex items-center gap-2">
          <input id="onafhankelijk" name="onafhankelijk" type="checkbox" value="ja" defaultChecked={!!filters.onafhankelijk} className="size-5" />
          <label htmlFor="onafhankelijk">{t("independentOnly")}</label>
        </div>
      </fieldset>
      <button type="submit" className={buttonClass}>
        {t("submit")}
      </button>
    </form>
  );
}
