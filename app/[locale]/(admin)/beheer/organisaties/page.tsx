import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EditorListHeader } from "@/components/editor/EditorListHeader";
import { ListPages } from "@/components/editor/ListPages";
import { SelectField } from "@/components/forms/SelectField";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { listQuery } from "@/lib/catalogue/editing/list-query";
import { ORGANIZATION_FILTERS, organizationsForEditing, type OrganizationFilter } from "@/lib/catalogue/editing/record-lists";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorOrganizations"))("title") };
}

/** Organizations to edit: a GET search by name, a filter by independence, 25 a page. */
export default async function OrganizationsPage({ searchParams }: PageProps<"/[locale]/beheer/organisaties">) {
  await requireRole(pageRoles("/beheer/organisaties"));
  const [t, l, query] = await Promise.all([getTranslations("EditorOrganizations"), getTranslations("EditorRecordLists"), searchParams]);
  const { q, page } = listQuery(query);
  const filter: OrganizationFilter = ORGANIZATION_FILTERS.find((f) => f === query.toon) ?? "all";
  const list = await organizationsForEditing({ q, filter, page });
  const headers = [t("colName"), t("colCare"), t("colAccess"), t("colServices"), t("colDraft")];
  const filters = [
    { value: "all", label: t("filterAll") },
    { value: "care-provider", label: t("filterCare") },
    { value: "access-team", label: t("filterAccess") },
    { value: "independent", label: t("filterIndependent") },
  ];
  return (
    <>
      <EditorListHeader title={t("title")} intro={t("intro")} create={{ href: "/beheer/organisaties/nieuw", label: t("new") }} search={{ label: t("search"), q, button: t("show") }}>
        <SelectField name="toon" id="search-toon" label={t("filter")} options={filters} defaultValue={filter} />
      </EditorListHeader>
      <ListPages path="/beheer/organisaties" query={{ q, toon: filter === "all" ? "" : filter }} page={list.page} pages={list.pages} total={list.total} />
      <StaffTable caption={t("caption")} headers={headers}>
        {list.rows.map((row) => (
          <tr key={row.id}>
            <StaffCell label={headers[0]!}>
              <Link href={`/beheer/organisaties/${row.id}`} prefetch={false}>
                {row.name || row.id}
              </Link>
            </StaffCell>
            <StaffCell label={headers[1]!}>{row.isCareProvider ? l("yes") : l("no")}</StaffCell>
            <StaffCell label={headers[2]!}>{row.isAccessTeam ? l("yes") : l("no")}</StaffCell>
            <StaffCell label={headers[3]!}>{row.services}</StaffCell>
            <StaffCell label={headers[4]!}>{!row.published ? l("newDraft") : row.draft ? l("draft") : ""}</StaffCell>
          </tr>
        ))}
      </StaffTable>
    </>
  );
}
