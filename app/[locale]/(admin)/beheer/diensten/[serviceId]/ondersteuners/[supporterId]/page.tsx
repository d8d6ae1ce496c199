import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SupporterPage } from "@/components/editor/SupporterPage";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { doneFlags } from "@/lib/catalogue/editing/done-flags";
import { recordForEditing } from "@/lib/catalogue/editing/read";
import { parseId } from "@/lib/catalogue/ids";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorSupporters"))("editTitle", { name: "" }).trim() };
}

/** One supporter of a service, as the service's draft (or published record) has them. */
export default async function EditSupporterPage({ params, searchParams }: PageProps<"/[locale]/beheer/diensten/[serviceId]/ondersteuners/[supporterId]">) {
  await requireRole(pageRoles("/beheer/diensten/[serviceId]/ondersteuners/[supporterId]"));
  const [{ serviceId, supporterId }, query] = await Promise.all([params, searchParams]);
  const [id, supporter] = [parseId(serviceId), parseId(supporterId)];
  const editing = id && supporter ? await recordForEditing("service", id) : null;
  return <SupporterPage serviceId={id ?? ""} editing={editing} supporterId={supporter ?? ""} isNew={false} done={doneFlags(query)} />;
}
