import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/i18n/navigation";
import { directoryQuery, type DirectoryFilters } from "@/lib/catalogue/directory/filters";
import { SORT_CODES } from "@/lib/catalogue/url-params";

/** The orders as plain links (one tap on a phone, no JavaScript, no prefetch); the current one is marked. */
export function SortLinks({ filters }: { filters: DirectoryFilters }) {
  const t = useTranslations("DirectoryPage");
  const directory = getPathname({ locale: useLocale(), href: "/aanbod" });
  return (
    <nav aria-labelledby="sort-label" className="mt-3 print:hidden">
      <p id="sort-label" className="font-bold">
        {t("sortLabel")}
      </p>
      <ul className="flex flex-wrap gap-x-4">
        {SORT_CODES.map((code) => (
          <li key={code}>
            <a
              href={`${directory}${directoryQuery({ ...filters, sorteer: code, pagina: 1 })}`}
              {...(filters.sorteer === code ? { "aria-current": "true" } : {})}
              className="sort-link"
            >
              {filters.sorteer === code ? <span aria-hidden="true">✓&nbsp;</span> : null}
              {t(`sort.${code}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
