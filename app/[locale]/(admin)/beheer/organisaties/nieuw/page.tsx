import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/editor/OrganizationForm";
import { NEW_RECORD, RecordPageFrame } from "@/components/editor/RecordPage";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorOrganizations"))("newTitle") };
}

/** A new organization: a fresh id of its own, saved as a draft, seen by residents only after publishing. */
export default async function NewOrganizationPage() {
  await requireRole(pageRoles("/beheer/organisaties/nieuw"));
  const t = await getTranslations("EditorOrganizations");
  return (
    <RecordPageFrame listHref="/beheer/organisaties" namespace="EditorOrganizations" title={t("newTitle")}>
      <div className="mt-6">
        <OrganizationForm record={null} newId={crypto.randomUUID()} startedFrom={NEW_RECORD} />
      </div>
    </RecordPageFrame>
  );
}
