import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { UploadForm } from "@/components/catalogue-import/UploadForm";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { MAX_IMPORT_BYTES } from "@/lib/catalogue/transfer/browser-import";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminImport"))("title") };
}

const UPLOAD_ERRORS = { "geen-bestand": "missing", "te-groot": "tooLarge", "geen-json": "notJson", onleesbaar: "unreadable" } as const;
const MEGABYTES = MAX_IMPORT_BYTES / 1024 / 1024;

/** Upload a catalogue file (to a preview first) and download the published catalogue. */
export default async function ImportPage({ searchParams }: PageProps<"/[locale]/beheer/import">) {
  await requireRole(pageRoles("/beheer/import"));
  const [query, t, locale] = await Promise.all([searchParams, getTranslations("AdminImport"), getLocale()]);
  const code = typeof query.fout === "string" && Object.hasOwn(UPLOAD_ERRORS, query.fout) ? UPLOAD_ERRORS[query.fout as keyof typeof UPLOAD_ERRORS] : undefined;
  const applied = typeof query.ingelezen === "string" ? /^(\d+)-(\d+)-(\d+)$/u.exec(query.ingelezen) : null;
  const notice = applied
    ? t("applied", { added: applied[1]!, changed: applied[2]!, removed: applied[3]! })
    : query.geannuleerd === "1"
      ? t("cancelled")
      : query.verdwenen === "1"
        ? t("gone")
        : undefined;
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <div role="status" className={notice ? "mt-4 border-l-4 border-independent pl-3 text-lg font-bold" : undefined}>
        {notice}
      </div>
      <p className="mt-4 max-w-prose">{t("intro")}</p>
      <section aria-labelledby="import-title" className="mt-8">
        <h2 id="import-title" className="text-h3">
          {t("importTitle")}
        </h2>
        <p className="mt-2 max-w-prose">{t("importIntro")}</p>
        <UploadForm error={code ? t(`errors.${code}`, { megabytes: MEGABYTES }) : undefined} megabytes={MEGABYTES} />
      </section>
      <section aria-labelledby="export-title" className="mt-10">
        <h2 id="export-title" className="text-h3">
          {t("exportTitle")}
        </h2>
        <p className="mt-2 max-w-prose">{t("exportIntro")}</p>
        <p className="mt-2 max-w-prose">{t("exportPhotos")}</p>
        <p className="mt-4">
          <a href={`/${locale}/beheer/import/export`} download className="inline-flex min-h-11 items-center font-bold">
            {t("exportLink")}
          </a>
        </p>
      </section>
    </>
  );
}
