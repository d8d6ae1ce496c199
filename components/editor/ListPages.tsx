import { getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/layout/PageLinks";

type Props = { path: string; query: Record<string, string>; page: number; pages: number; total: number };

/** How many records a list found, and links to its other pages (GET, the filters kept in the address). */
export async function ListPages({ path, query, page, pages, total }: Props) {
  const t = await getTranslations("EditorRecordLists");
  const href = (target: number) => {
    const params = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== ""));
    if (target > 1) params.set("pagina", String(target));
    const search = params.toString();
    return search ? `${path}?${search}` : path;
  };
  return (
    <>
      <p role="status" className="mt-4">
        {t("found", { count: total })}
      </p>
      <PageLinks page={page} pageCount={pages} href={href} words={{ label: t("pagination"), previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page, pages }) }} />
    </>
  );
}
