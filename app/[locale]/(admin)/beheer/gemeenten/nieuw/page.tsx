import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MunicipalityForm } from "@/components/editor/MunicipalityForm";
import { NEW_RECORD, RecordPageFrame } from "@/components/editor/RecordPage";
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
    <RecordPageFrame listHref="/beheer/gemeenten" namespace="EditorMunicipalities" title={t("newTitle")}>
      <div className="mt-6">
        <MunicipalityForm record={null} startedFrom={NEW_RECORD} />
      </div>
    </RecordPageFrame>
  );
}
