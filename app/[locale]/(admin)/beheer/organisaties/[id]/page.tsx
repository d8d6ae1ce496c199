import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/editor/OrganizationForm";
import { RecordEditPage } from "@/components/editor/RecordPage";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { parseId } from "@/lib/catalogue/ids";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorOrganizations"))("title") };
}

/** One organization: its draft state, the steps on the draft, and the form. */
export default async function OrganizationPage({ params, searchParams }: PageProps<"/[locale]/beheer/organisaties/[id]">) {
  await requireRole(pageRoles("/beheer/organisaties/[id]"));
  const [{ id }, query, t] = await Promise.all([params, searchParams, getTranslations("EditorOrganizations")]);
  return (
    <RecordEditPage
      kind="organization"
      recordKey={parseId(id) ?? null}
      query={query}
      listHref="/beheer/organisaties"
      namespace="EditorOrganizations"
      title={({ record }) => t("editTitle", { name: typeof record.name === "string" ? record.name : id })}
    >
      {(editing) => <OrganizationForm record={editing.record} startedFrom={editing.startedFrom} />}
    </RecordEditPage>
  );
}
