import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocationForm } from "@/components/editor/LocationForm";
import { NEW_RECORD, RecordPageFrame } from "@/components/editor/RecordPage";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorLocations"))("newTitle") };
}

/** A new location: a fresh id of its own, saved as a draft, seen by residents only after publishing. */
export default async function NewLocationPage() {
  await requireRole(pageRoles("/beheer/locaties/nieuw"));
  const t = await getTranslations("EditorLocations");
  return (
    <RecordPageFrame listHref="/beheer/locaties" namespace="EditorLocations" title={t("newTitle")}>
      <div className="mt-6">
        <LocationForm record={null} newId={crypto.randomUUID()} startedFrom={NEW_RECORD} />
      </div>
    </RecordPageFrame>
  );
}
