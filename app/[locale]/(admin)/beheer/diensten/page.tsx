import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EditorListHeader } from "@/components/editor/EditorListHeader";
import { SelectField } from "@/components/forms/SelectField";
import { PageLinks } from "@/components/layout/PageLinks";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { municipalityChoices, servicesForEditing } from "@/lib/catalogue/editing/service-read";
import { serviceListFilters, serviceListQuery } from "@/lib/catalogue/editing/service-list";
import { serviceStatus } from "@/lib/catalogue/interchange/schema";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import { localise } from "@/lib/catalogue/localise";
import { KIND_CODES } from "@/lib/catalogue/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorServices"))("title") };
}

/** Every service to edit, published or only a draft: a GET search by name or organisation, filters, 25 a page. */
export default async function ServicesPage({ searchParams }: PageProps<"/[locale]/beheer/diensten">) {
  await requireRole(pageRoles("/beheer/diensten"));
  const [t, locale, query] = await Promise.all([getTranslations("EditorServices"), getLocale(), searchParams]);
  const filters = serviceListFilters(query);
  const [list, municipalities] = await Promise.all([servicesForEditing(filters), municipalityChoices()]);
  const headers = [t("colName"), t("colOrganization"), t("colKind"), t("colStatus"), t("colDraft")];
  const statusWord = (status: string | null) => ((serviceStatus.options as readonly string[]).includes(status ?? "") ? t(`statusWords.${status as "active"}`) : "");
  const words = { label: t("pagination"), previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page: list.page, pages: list.pages }) };
  return (
    <>
      <EditorListHeader
        title={t("title")}
        intro={t("intro")}
        create={{ href: "/beheer/diensten/nieuw", label: t("new") }}
        search={{ label: t("search"), q: filters.q, button: t("searchButton"), formLabel: t("filters") }}
      >
        <SelectField name="gemeente" id="filter-gemeente" label={t("municipality")} emptyLabel={t("all")} options={municipalities.map((m) => ({ value: m.code, label: m.name }))} defaultValue={filters.municipality ?? ""} />
        <SelectField name="soort" id="filter-soort" label={t("kind")} emptyLabel={t("all")} options={KIND_CODES.map((code) => ({ value: code, label: vocabularyLabel(locale, "kind", code) }))} defaultValue={filters.kind ?? ""} />
        <SelectField name="status" id="filter-status" label={t("status")} emptyLabel={t("all")} options={serviceStatus.options.map((value) => ({ value, label: t(`statusWords.${value}`) }))} defaultValue={filters.status ?? ""} />
        <SelectField name="concept" id="filter-concept" label={t("draft")} emptyLabel={t("all")} options={[{ value: "ja", label: t("draftYes") }, { value: "nee", label: t("draftNo") }]} defaultValue={filters.draft ?? ""} />
      </EditorListHeader>
      <p className="mt-6" role="status">
        {t("count", { count: list.total })}
      </p>
      <StaffTable caption={t("caption")} headers={headers} className="mt-2">
        {list.rows.map((row) => {
          const name = localise(row.name, locale);
          return (
            <tr key={row.id}>
              <StaffCell label={headers[0]!}>
                <Link href={`/beheer/diensten/${row.id}`} prefetch={false} lang={name?.lang}>
                  {name?.text ?? t("unnamed")}
                </Link>
              </StaffCell>
              <StaffCell label={headers[1]!}>{row.organizationName ?? ""}</StaffCell>
              <StaffCell label={headers[2]!}>{row.kind ? vocabularyLabel(locale, "kind", row.kind) : ""}</StaffCell>
              <StaffCell label={headers[3]!}>{statusWord(row.status)}</StaffCell>
              <StaffCell label={headers[4]!}>{row.isNew ? t("isNew") : row.hasDraft ? t("hasDraft") : ""}</StaffCell>
            </tr>
          );
        })}
      </StaffTable>
      <PageLinks page={list.page} pageCount={list.pages} href={(page) => `/beheer/diensten${serviceListQuery(filters, page)}`} words={words} />
    </>
  );
}
