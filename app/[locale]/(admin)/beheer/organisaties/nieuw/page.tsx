import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/editor/OrganizationForm";
import { Link } from "@/i18n/navigation";
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
    <>
      <p>
        <Link href="/beheer/organisaties">{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-h2 sm:text-h1">{t("newTitle")}</h1>
      <div className="mt-6">
        <OrganizationForm record={null} newId={crypto.randomUUID()} startedFrom={{ draftVersion: null, recordVersion: null, start: null }} />
      </div>
    </>
  );
}
