import { useTranslations } from "next-intl";
import type { MunicipalityChoice as MunicipalityView } from "@/lib/catalogue/shapes/municipality";

type Props = { municipalities: readonly MunicipalityView[]; selected: string | undefined };

/**
 * A plain GET form: it works without JavaScript and the result has its own address,
 * so a resident can bookmark or share it.
 */
export function MunicipalityFilter({ municipalities, selected }: Props) {
  const t = useTranslations("MunicipalityFilter");
  return (
    <form method="get" className="mt-8 flex flex-wrap items-end gap-4 rounded-portal bg-surface p-4 sm:p-5">
      <div className="flex w-full flex-col gap-2 sm:w-auto">
        <label htmlFor="gemeente" className="font-bold">
          {t("label")}
        </label>
        <select
          id="gemeente"
          name="gemeente"
          defaultValue={selected ?? ""}
          className="min-h-11 w-full rounded-portal border-2 border-line bg-canvas px-3 py-2 text-ink sm:w-auto"
        >
          <option value="">{t("allMunicipalities")}</option>
          {municipalities.map((municipality) => (
            <option key={municipality.code} value={municipality.code}>
              {municipality.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="min-h-11 rounded-portal border-2 border-primary bg-primary px-5 py-2 font-bold text-primary-contrast hover:bg-link-hover"
      >
        {t("submit")}
      </button>
    </form>
  );
}
