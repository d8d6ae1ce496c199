import { useTranslations } from "next-intl";
import { PageLinks } from "@/components/layout/PageLinks";
import { directoryQuery, type DirectoryFilters } from "@/lib/catalogue/directory/filters";

export function Pagination({ filters, page, pageCount }: { filters: DirectoryFilters; page: number; pageCount: number }) {
  const t = useTranslations("DirectoryPage");
  const words = { label: t("pagination"), previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page, pages: pageCount }) };
  return <PageLinks page={page} pageCount={pageCount} href={(target) => `/aanbod${directoryQuery({ ...filters, pagina: target })}`} words={words} />;
}
