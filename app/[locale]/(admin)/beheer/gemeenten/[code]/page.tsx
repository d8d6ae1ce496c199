import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MunicipalityForm } from "@/components/editor/MunicipalityForm";
import { RecordEditPage } from "@/components/editor/RecordPage";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";

export async function generateMetadata({ params }: PageProps<"/[locale]/beheer/gemeenten/[code]">): Promise<Metadata> {
  const [{ code }, t] = await Promise.all([params, getTranslations("EditorMunicipalities")]);
  return { title: t("editTitle", { name: code.slice(0, 10) }) };
}

/** One municipality: its draft state, the steps on the draft, and the form. */
export default async function MunicipalityPage({ params, searchParams }: PageProps<"/[locale]/beheer/gemeenten/[code]">) {
  await requireRole(pageRoles("/beheer/gemeenten/[code]"));
  const [{ code }, query, t] = await Promise.all([params, searchParams, getTranslations("EditorMunicipalities")]);
  return (
    <RecordEditPage
      kind="municipality"
      recordKey={/^GM\d{4}$/u.test(code) ? code : null}
      query={query}
      listHref="/beheer/gemeenten"
      namespace="EditorMunicipalities"
      title={({ record }) => t("editTitle", { name: typeof record.name === "string" ? record.name : code })}
    >
      {(editing) => <MunicipalityForm record={editing.record} startedFrom={editing.startedFrom} />}
    </RecordEditPage>
  );
}
