import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocationForm } from "@/components/editor/LocationForm";
import { RecordEditPage } from "@/components/editor/RecordPage";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { parseId } from "@/lib/catalogue/ids";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorLocations"))("title") };
}

/** One location: its draft state, the steps on the draft, and the form. */
export default async function LocationPage({ params, searchParams }: PageProps<"/[locale]/beheer/locaties/[id]">) {
  await requireRole(pageRoles("/beheer/locaties/[id]"));
  const [{ id }, query, t] = await Promise.all([params, searchParams, getTranslations("EditorLocations")]);
  return (
    <RecordEditPage
      kind="location"
      recordKey={parseId(id) ?? null}
      query={query}
      listHref="/beheer/locaties"
      namespace="EditorLocations"
      title={({ record }) => t("editTitle", { name: typeof record.name === "string" ? record.name : id })}
    >
      {(editing) => <LocationForm record={editing.record} startedFrom={editing.startedFrom} />}
    </RecordEditPage>
  );
}
