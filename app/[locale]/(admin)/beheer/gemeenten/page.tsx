import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
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
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-2 max-w-prose">{t("intro")}</p>
      <p className="mt-4">
        <Link href="/beheer/gemeenten/nieuw" className="font-bold">
          {t("new")}
        </Link>
      </p>
      <form method="get" role="search" className="mt-6 flex flex-wrap items-end gap-4">
        <TextField name="q" id="search-q" type="search" label={t("search")} defaultValue={q} />
        <SubmitButton variant="secondary">{t("search")}</SubmitButton>
      </form>
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
