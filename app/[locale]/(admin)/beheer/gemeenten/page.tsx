import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EditorListHeader } from "@/components/editor/EditorListHeader";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { municipalitiesForEditing } from "@/lib/catalogue/editing/read";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorMunicipalities"))("title") };
}

/** Every municipality to edit, with its access team and whether a draft waits; a GET search by name or code. */
export default async function MunicipalitiesPage({ searchParams }: PageProps<"/[locale]/beheer/gemeenten">) {
  await requireRole(pageRoles("/beheer/gemeenten"));
  const [t, query] = await Promise.all([getTranslations("EditorMunicipalities"), searchParams]);
  const q = typeof query.q === "string" ? query.q.slice(0, 100) : "";
  const rows = await municipalitiesForEditing(q);
  const headers = [t("colName"), t("colCode"), t("colTeam"), t("colDraft")];
  return (
    <>
      <EditorListHeader title={t("title")} intro={t("intro")} create={{ href: "/beheer/gemeenten/nieuw", label: t("new") }} search={{ label: t("search"), q, button: t("search") }} />
      <StaffTable caption={t("caption")} headers={headers}>
        {rows.map((row) => (
          <tr key={row.code}>
            <StaffCell label={headers[0]!}>
              <Link href={`/beheer/gemeenten/${row.code}`} prefetch={false}>
                {row.name ?? `${row.code} ${t("unnamed")}`}
              </Link>
            </StaffCell>
            <StaffCell label={headers[1]!}>{row.code}</StaffCell>
            <StaffCell label={headers[2]!}>{row.hasAccessTeam ? t("hasTeam") : t("noTeam")}</StaffCell>
            <StaffCell label={headers[3]!}>{row.draft ? t("draft") : ""}</StaffCell>
          </tr>
        ))}
      </StaffTable>
    </>
  );
}
