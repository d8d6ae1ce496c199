import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EditorListHeader } from "@/components/editor/EditorListHeader";
import { ListPages } from "@/components/editor/ListPages";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { listQuery } from "@/lib/catalogue/editing/list-query";
import { locationsForEditing } from "@/lib/catalogue/editing/record-lists";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorLocations"))("title") };
}

/** Locations to edit: a GET search by name or town, 25 a page. */
export default async function LocationsPage({ searchParams }: PageProps<"/[locale]/beheer/locaties">) {
  await requireRole(pageRoles("/beheer/locaties"));
  const [t, l, query] = await Promise.all([getTranslations("EditorLocations"), getTranslations("EditorRecordLists"), searchParams]);
  const { q, page } = listQuery(query);
  const list = await locationsForEditing({ q, page });
  const headers = [t("colName"), t("colCity"), t("colType"), t("colDraft")];
  return (
    <>
      <EditorListHeader title={t("title")} intro={t("intro")} create={{ href: "/beheer/locaties/nieuw", label: t("new") }} search={{ label: t("search"), q, button: t("search") }} />
      <ListPages path="/beheer/locaties" query={{ q }} page={list.page} pages={list.pages} total={list.total} />
      <StaffTable caption={t("caption")} headers={headers}>
        {list.rows.map((row) => (
          <tr key={row.id}>
            <StaffCell label={headers[0]!}>
              <Link href={`/beheer/locaties/${row.id}`} prefetch={false}>
                {row.name || row.id}
              </Link>
            </StaffCell>
            <StaffCell label={headers[1]!}>{row.city}</StaffCell>
            <StaffCell label={headers[2]!}>{row.virtual ? t("virtual") : t("physical")}</StaffCell>
            <StaffCell label={headers[3]!}>{!row.published ? l("newDraft") : row.draft ? l("draft") : ""}</StaffCell>
          </tr>
        ))}
      </StaffTable>
    </>
  );
}
