import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DraftBar } from "@/components/editor/DraftBar";
import { OrganizationForm } from "@/components/editor/OrganizationForm";
import { MissingRecord } from "@/components/staff/MissingRecord";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { doneFlags } from "@/lib/catalogue/editing/done-flags";
import { recordForEditing } from "@/lib/catalogue/editing/read";
import { parseId } from "@/lib/catalogue/ids";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorOrganizations"))("title") };
}

/** One organization: its draft state, the steps on the draft, and the form. */
export default async function OrganizationPage({ params, searchParams }: PageProps<"/[locale]/beheer/organisaties/[id]">) {
  await requireRole(pageRoles("/beheer/organisaties/[id]"));
  const [{ id }, query, t] = await Promise.all([params, searchParams, getTranslations("EditorOrganizations")]);
  const key = parseId(id);
  const editing = key ? await recordForEditing("organization", key) : null;
  if (!key || !editing || editing.record === null) return <MissingRecord title={t("missingTitle")} text={t("missing")} />;
  const name = typeof editing.record.name === "string" ? editing.record.name : key;
  return (
    <>
      <p>
        <Link href="/beheer/organisaties">{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-h2 sm:text-h1">{t("editTitle", { name })}</h1>
      <DraftBar kind="organization" recordId={key} draft={editing.draft} published={editing.published !== null} done={doneFlags(query)} />
      <div className="mt-6">
        <OrganizationForm record={editing.record} startedFrom={editing.startedFrom} />
      </div>
    </>
  );
}
