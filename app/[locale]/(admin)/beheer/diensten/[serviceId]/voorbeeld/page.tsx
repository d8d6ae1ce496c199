import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ResultList } from "@/components/directory/ResultList";
import { ServiceArticle } from "@/components/directory/ServiceArticle";
import { MissingRecord } from "@/components/staff/MissingRecord";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { emptyFilters } from "@/lib/catalogue/directory/filters";
import { servicePreview } from "@/lib/catalogue/editing/service-read";
import { parseId } from "@/lib/catalogue/ids";
import { findMunicipality } from "@/lib/catalogue/read";
import { toDirectoryEntry } from "@/lib/catalogue/shapes/directory-entry";
import { toServiceDetail } from "@/lib/catalogue/shapes/service-detail";
import { isClientSupport } from "@/lib/catalogue/visibility";

export async function generateMetadata(): Promise<Metadata> {
  // A draft is no page for search engines, even if its address leaks.
  return { title: (await getTranslations("EditorServices"))("previewTitle"), robots: { index: false, follow: false } };
}

/** A service's draft exactly as residents will see it after publishing: its card in the directory and its page, by the residents' own components. */
export default async function ServicePreviewPage({ params }: PageProps<"/[locale]/beheer/diensten/[serviceId]/voorbeeld">) {
  await requireRole(pageRoles("/beheer/diensten/[serviceId]/voorbeeld"));
  const [{ serviceId }, t, locale] = await Promise.all([params, getTranslations("EditorServices"), getLocale()]);
  const key = parseId(serviceId);
  const preview = key ? await servicePreview(key) : undefined;
  if (!key || !preview) return <MissingRecord title={t("missingTitle")} text={t("missing")} />;
  const back = (
    <p>
      <Link href={`/beheer/diensten/${key}`}>{t("previewBack")}</Link>
    </p>
  );
  const service = preview.record ? toServiceDetail(preview.record, locale) : undefined;
  const entry = preview.record ? toDirectoryEntry(preview.record, locale) : undefined;
  if (!service || !entry) {
    return (
      <MissingRecord title={t("previewTitle")} text={t("previewBroken")}>
        {back}
      </MissingRecord>
    );
  }
  const now = new Date();
  const firstMunicipality = service.municipalities[0]?.code;
  const teamOf = isClientSupport(service) ? undefined : ((await findMunicipality(firstMunicipality, locale)) ?? service.municipalities[0]);
  return (
    <>
      {back}
      <div role="note" className="mt-4 border-l-4 border-independent bg-surface p-4">
        <p className="text-h3 font-bold">{t("previewTitle")}</p>
        <p className="mt-2 max-w-prose">{preview.hasDraft ? t("previewIntro") : t("previewPublished")}</p>
      </div>
      {/* The service's name is the page's heading, as on the residents' page. */}
      <article className="mt-6">
        <ServiceArticle service={service} teamOf={teamOf} now={now} preview />
      </article>
      <section aria-labelledby="preview-card" className="mt-10 border-t-4 border-line pt-6">
        <h2 id="preview-card" className="text-h2">
          {t("previewCard")}
        </h2>
        <ResultList entries={[entry]} now={now} filters={emptyFilters} />
      </section>
    </>
  );
}
