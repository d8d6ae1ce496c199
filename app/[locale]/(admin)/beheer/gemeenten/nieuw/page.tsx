import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MunicipalityForm } from "@/components/editor/MunicipalityForm";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorMunicipalities"))("newTitle") };
}

/** A new municipality: saved as a draft, seen by residents only after publishing. */
export default async function NewMunicipalityPage() {
  await requireRole(pageRoles("/beheer/gemeenten/nieuw"));
  const t = await getTranslations("EditorMunicipalities");
  return (
    <>
      <p>
        <Link href="/beheer/gemeenten">{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-h2 sm:text-h1">{t("newTitle")}</h1>
      <div className="mt-6">
        <MunicipalityForm record={null} startedFrom={{ draftVersion: null, recordVersion: null, start: null }} />
      </div>
    </>
  );
}
