import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { directoryQuery, type DirectoryFilters } from "@/lib/catalogue/directory/filters";
import { SORT_CODES } from "@/lib/catalogue/url-params";

/** The orders as links (one tap on a phone, no JavaScript); the current one is marked. */
export function SortLinks({ filters }: { filters: DirectoryFilters }) {
  const t = useTranslations("DirectoryPage");
  return (
    <nav aria-labelledby="sort-label" className="mt-3 print:hidden">
      <p id="sort-label" className="font-bold">
        {t("sortLabel")}
      </p>
      <ul className="flex flex-wrap gap-x-4">
        {SORT_CODES.map((code) => (
          <li key={code}>
            <Link
              href={`/aanbod${directoryQuery({ ...filters, sorteer: code, pagina: 1 })}`}
              aria-current={filters.sorteer === code ? "true" : undefined}
              className="sort-link"
            >
              {filters.sorteer === code ? <span aria-hidden="true">✓&nbsp;</span> : null}
              {t(`sort.${code}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
