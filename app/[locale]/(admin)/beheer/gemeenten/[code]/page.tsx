import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DraftBar } from "@/components/editor/DraftBar";
import { MunicipalityForm } from "@/components/editor/MunicipalityForm";
import { MissingRecord } from "@/components/staff/MissingRecord";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { doneFlags } from "@/lib/catalogue/editing/done-flags";
import { recordForEditing } from "@/lib/catalogue/editing/read";

export async function generateMetadata({ params }: PageProps<"/[locale]/beheer/gemeenten/[code]">): Promise<Metadata> {
  const [{ code }, t] = await Promise.all([params, getTranslations("EditorMunicipalities")]);
  return { title: t("editTitle", { name: code.slice(0, 10) }) };
}

/** One municipality: its draft state, the steps on the draft, and the form. */
export default async function MunicipalityPage({ params, searchParams }: PageProps<"/[locale]/beheer/gemeenten/[code]">) {
  await requireRole(pageRoles("/beheer/gemeenten/[code]"));
  const [{ code }, query, t] = await Promise.all([params, searchParams, getTranslations("EditorMunicipalities")]);
  const key = /^GM\d{4}$/u.test(code) ? code : null;
  const editing = key ? await recordForEditing("municipality", key) : null;
  if (!key || !editing || editing.record === null) return <MissingRecord title={t("missingTitle")} text={t("missing")} />;
  const name = typeof editing.record.name === "string" ? editing.record.name : key;
  return (
    <>
      <p>
        <Link href="/beheer/gemeenten">{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-h2 sm:text-h1">{t("editTitle", { name })}</h1>
      <DraftBar kind="municipality" recordId={key} draft={editing.draft} published={editing.published !== null} done={doneFlags(query)} />
      <div className="mt-6">
        <MunicipalityForm record={editing.record} startedFrom={editing.startedFrom} />
      </div>
    </>
  );
}
