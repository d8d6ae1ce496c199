import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { directoryQuery, type DirectoryFilters } from "@/lib/catalogue/directory/filters";

export function Pagination({ filters, page, pageCount }: { filters: DirectoryFilters; page: number; pageCount: number }) {
  const t = useTranslations("DirectoryPage");
  if (pageCount <= 1) return null;
  const href = (target: number) => `/aanbod${directoryQuery({ ...filters, pagina: target })}`;
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap items-center gap-6 print:hidden">
      {page > 1 ? <Link href={href(page - 1)}>{t("previous")}</Link> : null}
      <p aria-current="page">{t("pageOf", { page, pages: pageCount })}</p>
      {page < pageCount ? <Link href={href(page + 1)}>{t("next")}</Link> : null}
    </nav>
  );
}
