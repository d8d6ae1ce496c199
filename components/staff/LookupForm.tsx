import { getLocale, getTranslations } from "next-intl/server";
import type { MunicipalityView } from "@/lib/catalogue/view";
import { KINDS } from "@/lib/catalogue/view";
import type { LookupFilters } from "@/lib/staff/lookup-filters";
import { buttonClass, inputClass } from "./Field";

const LANGUAGES = ["nl", "en", "tr", "ar", "pl", "uk", "so", "ti"];

/** A GET form: the address holds the search, so it works without JavaScript and can be shared with a colleague. */
export async function LookupForm({ filters, municipalities }: { filters: LookupFilters; municipalities: MunicipalityView[] }) {
  const [t, tKinds, locale] = await Promise.all([getTranslations("StaffLookup"), getTranslations("Kinds"), getLocale()]);
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
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
          <select id="soort" name="soort" defaultValue={filters.soort ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tKinds(`${kind}.title`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="taal" className="block">
            {t("language")}
          </label>
          <select id="taal" name="taal" defaultValue={filters.taal ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageName.of(code)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="leeftijd" className="block">
            {t("age")}
          </label>
          <input id="leeftijd" name="leeftijd" type="number" min={0} max={130} inputMode="numeric" defaultValue={filters.leeftijd ?? ""} className={inputClass} />
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
