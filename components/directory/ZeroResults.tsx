import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { LoosenAdvice } from "@/lib/catalogue/directory/facets";
import { directoryQuery, withoutAllFilters, withoutFilter, type DirectoryFilters } from "@/lib/catalogue/directory/filters";

/** Nothing found: which single choice to remove, with the number of results that gives. */
export function ZeroResults({ filters, advice }: { filters: DirectoryFilters; advice: LoosenAdvice[] }) {
  const t = useTranslations("DirectoryPage");
  const tNames = useTranslations("DirectoryFilters.filterNames");
  return (
    <div className="mt-4 rounded-portal border-2 border-notice p-4">
      <h3 className="text-h3">{t("zeroTitle")}</h3>
      {advice.length > 0 ? (
        <>
          <p className="mt-2">{t("zeroAdvice")}</p>
          <ul className="mt-2 list-disc pl-6">
            {advice.map((item) => (
              <li key={item.key}>
                <Link href={`/aanbod${directoryQuery(withoutFilter(filters, item.key))}`}>
                  {t("zeroRemove", { filter: tNames(item.key), count: item.results })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2">{t("zeroNone")}</p>
      )}
      <p className="mt-3">
        <Link href={`/aanbod${directoryQuery(withoutAllFilters(filters))}`}>{t("clearAll")}</Link>
      </p>
    </div>
  );
}
