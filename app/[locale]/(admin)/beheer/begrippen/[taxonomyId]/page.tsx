import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { RecordEditPage, type EditedRecord } from "@/components/editor/RecordPage";
import { TaxonomyForm } from "@/components/editor/TaxonomyForm";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorTaxonomies"))("title") };
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

/** One taxonomy and its terms: the draft state, the steps on the draft, and the form. */
export default async function TaxonomyPage({ params, searchParams }: PageProps<"/[locale]/beheer/begrippen/[taxonomyId]">) {
  await requireRole(pageRoles("/beheer/begrippen/[taxonomyId]"));
  const [{ taxonomyId }, query, t, locale] = await Promise.all([params, searchParams, getTranslations("EditorTaxonomies"), getLocale()]);
  const title = ({ record }: EditedRecord) => {
    const names = (record.name ?? {}) as Record<string, string>;
    return t("editTitle", { name: names[locale] ?? names.nl ?? taxonomyId });
  };
  return (
    <RecordEditPage
      kind="taxonomy"
      recordKey={taxonomyId.length <= 60 && SLUG.test(taxonomyId) ? taxonomyId : null}
      query={query}
      listHref="/beheer/begrippen"
      namespace="EditorTaxonomies"
      title={title}
    >
      {(editing) => <TaxonomyForm record={editing.record} startedFrom={editing.startedFrom} />}
    </RecordEditPage>
  );
}
