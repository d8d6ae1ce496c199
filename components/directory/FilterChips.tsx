import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/i18n/navigation";
import { filterChips, withoutChip, type FilterChip } from "@/lib/catalogue/directory/chips";
import { directoryQuery, FILTER_VOCABULARY, withoutAllFilters, type DirectoryFilters } from "@/lib/catalogue/directory/filters";
import { vocabularyLabel } from "@/lib/catalogue/labels";

/**
 * The chosen filters above the results; each is a link to the same list without it.
 * Plain links: no prefetch, and no client component's props in the page's RSC payload.
 */
export function FilterChips({ filters }: { filters: DirectoryFilters }) {
  const t = useTranslations("DirectoryPage");
  const tFilters = useTranslations("DirectoryFilters");
  const locale = useLocale();
  const chips = filterChips(filters);
  if (chips.length === 0) return null;
  const directory = getPathname({ locale, href: "/aanbod" });

  const label = (chip: FilterChip): string => {
    switch (chip.key) {
      case "q":
        return t("chipQuery", { query: chip.value ?? "" });
      case "leeftijd":
        return t("chipAge", { age: chip.value ?? "" });
      case "onafhankelijk":
        return tFilters("independent");
      case "nieuw":
        return tFilters("accepting");
      default:
        return vocabularyLabel(locale, FILTER_VOCABULARY[chip.key], chip.value ?? "");
    }
  };

  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 print:hidden">
      <ul aria-label={t("chipsLabel")} className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={`${chip.key}:${chip.value ?? ""}`}>
            <a href={`${directory}${directoryQuery(withoutChip(filters, chip))}`} className="chip">
              <span className="sr-only">{t("chipRemove")} </span>
              {label(chip)}
              <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
      </ul>
      {chips.length > 1 ? (
        <a href={`${directory}${directoryQuery(withoutAllFilters(filters))}`}>{t("clearAll")}</a>
      ) : null}
    </div>
  );
}
