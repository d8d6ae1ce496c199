import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SupporterPage } from "@/components/editor/SupporterPage";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { doneFlags } from "@/lib/catalogue/editing/done-flags";
import { recordForEditing } from "@/lib/catalogue/editing/read";
import { parseId } from "@/lib/catalogue/ids";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorSupporters"))("newTitle") };
}

/** A new supporter for a service: a fresh id, saved into the service's draft. */
export default async function NewSupporterPage({ params, searchParams }: PageProps<"/[locale]/beheer/diensten/[serviceId]/ondersteuners/nieuw">) {
  await requireRole(pageRoles("/beheer/diensten/[serviceId]/ondersteuners/nieuw"));
  const [{ serviceId }, query] = await Promise.all([params, searchParams]);
  const id = parseId(serviceId);
  const editing = id ? await recordForEditing("service", id) : null;
  return <SupporterPage serviceId={id ?? ""} editing={editing} supporterId={crypto.randomUUID()} isNew done={doneFlags(query)} />;
}
