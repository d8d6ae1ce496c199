import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { taxonomiesForEditing } from "@/lib/catalogue/editing/record-lists";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorTaxonomies"))("title") };
}

/** The lists of terms (a handful), each opened to edit its terms. */
export default async function TaxonomiesPage() {
  await requireRole(pageRoles("/beheer/begrippen"));
  const [t, l, locale] = await Promise.all([getTranslations("EditorTaxonomies"), getTranslations("EditorRecordLists"), getLocale()]);
  const rows = await taxonomiesForEditing();
  const headers = [t("colName"), t("colCode"), t("colTerms"), t("colDraft")];
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-2 max-w-prose">{t("intro")}</p>
      <StaffTable caption={t("caption")} headers={headers}>
        {rows.map((row) => (
          <tr key={row.id}>
            <StaffCell label={headers[0]!}>
              <Link href={`/beheer/begrippen/${row.id}`} prefetch={false}>
                {row.name[locale] ?? row.name.nl ?? row.id}
              </Link>
            </StaffCell>
            <StaffCell label={headers[1]!}>{row.id}</StaffCell>
            <StaffCell label={headers[2]!}>{row.terms}</StaffCell>
            <StaffCell label={headers[3]!}>{row.draft ? l("draft") : ""}</StaffCell>
          </tr>
        ))}
      </StaffTable>
    </>
  );
}
