import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DraftBar } from "@/components/editor/DraftBar";
import { TaxonomyForm } from "@/components/editor/TaxonomyForm";
import { MissingRecord } from "@/components/staff/MissingRecord";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { doneFlags } from "@/lib/catalogue/editing/done-flags";
import { recordForEditing } from "@/lib/catalogue/editing/read";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorTaxonomies"))("title") };
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

/** One taxonomy and its terms: the draft state, the steps on the draft, and the form. */
export default async function TaxonomyPage({ params, searchParams }: PageProps<"/[locale]/beheer/begrippen/[taxonomyId]">) {
  await requireRole(pageRoles("/beheer/begrippen/[taxonomyId]"));
  const [{ taxonomyId }, query, t, locale] = await Promise.all([params, searchParams, getTranslations("EditorTaxonomies"), getLocale()]);
  const key = taxonomyId.length <= 60 && SLUG.test(taxonomyId) ? taxonomyId : null;
  const editing = key ? await recordForEditing("taxonomy", key) : null;
  if (!key || !editing || editing.record === null) return <MissingRecord title={t("missingTitle")} text={t("missing")} />;
  const names = (editing.record.name ?? {}) as Record<string, string>;
  return (
    <>
      <p>
        <Link href="/beheer/begrippen">{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-h2 sm:text-h1">{t("editTitle", { name: names[locale] ?? names.nl ?? key })}</h1>
      <DraftBar kind="taxonomy" recordId={key} draft={editing.draft} published={editing.published !== null} done={doneFlags(query)} />
      <div className="mt-6">
        <TaxonomyForm record={editing.record} startedFrom={editing.startedFrom} />
      </div>
    </>
  );
}
