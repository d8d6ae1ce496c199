import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ServiceForm } from "@/components/editor/ServiceForm";
import { NEW_RECORD, RecordPageFrame } from "@/components/editor/RecordPage";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { serviceFormChoices } from "@/lib/catalogue/editing/service-read";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorServices"))("newTitle") };
}

/** A new service: its id is made here (a hidden field, so a second submit is the same service); saved as a draft. */
export default async function NewServicePage() {
  await requireRole(pageRoles("/beheer/diensten/nieuw"));
  const [t, choices] = await Promise.all([getTranslations("EditorServices"), serviceFormChoices(undefined)]);
  return (
    <RecordPageFrame listHref="/beheer/diensten" namespace="EditorServices" title={t("newTitle")}>
      <div className="mt-6">
        <ServiceForm record={null} startedFrom={NEW_RECORD} choices={choices} newId={randomUUID()} />
      </div>
    </RecordPageFrame>
  );
}
