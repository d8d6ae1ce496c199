import { useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { button } from "@/components/forms/styles";
import { Link } from "@/i18n/navigation";
import { directoryQuery, toggleCompare, type DirectoryFilters } from "@/lib/catalogue/directory/filters";
import type { DirectoryEntry } from "@/lib/catalogue/shapes/directory-entry";

/**
 * The services chosen to compare, kept in the address across pages and filters. The way
 * to the compare page appears once two are chosen.
 */
export function CompareTray({ filters, compared }: { filters: DirectoryFilters; compared: readonly DirectoryEntry[] }) {
  const t = useTranslations("DirectoryPage");
  return (
    <section id="compare-tray" aria-labelledby="compare-title" className="mt-4 rounded-portal border-2 border-line bg-surface p-3 print:hidden">
      <h3 id="compare-title" className="font-bold">
        {t("compareTitle")}
      </h3>
      {compared.length === 0 ? (
        <p>{t("compareHelp")}</p>
      ) : (
        <>
          <p>{t("compareCount", { count: compared.length })}</p>
          <ul className="mt-1 flex flex-col">
            {compared.map((entry) => (
              <li key={entry.id} className="flex flex-wrap items-center gap-x-3">
                <CatalogueText value={entry.name} />
                <Link
                  href={`/aanbod${directoryQuery(toggleCompare(filters, entry.id))}#compare-tray`}
                  aria-label={t("compareRemoveNamed", { name: entry.name.text })}
                  className="inline-flex min-h-11 items-center"
                >
                  {t("compareRemove")}
                </Link>
              </li>
            ))}
          </ul>
          {compared.length < 2 ? (
            <p className="mt-1">{t("compareNeedMore")}</p>
          ) : (
            <p className="mt-2">
              <Link href={`/vergelijk${directoryQuery(filters)}`} className={`${button.primary} no-underline`}>
                {t("compareLink", { count: compared.length })}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
