import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ImportChoice } from "@/components/catalogue-import/ImportChoice";
import { PreviewRecords } from "@/components/catalogue-import/PreviewRecords";
import { ProblemList } from "@/components/catalogue-import/ProblemList";
import { RequestedList } from "@/components/catalogue-import/RequestedList";
import { MissingRecord } from "@/components/staff/MissingRecord";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { findStagedImport } from "@/lib/catalogue/transfer/read";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminImport"))("previewTitle") };
}

/**
 * The preview of an uploaded file: every problem with its place, or per kind what is added,
 * changed (field by field) and removed; with `?behouden=ja` the variant that keeps what
 * contact requests point at. Then apply or cancel.
 */
export default async function ImportPreviewPage({ params, searchParams }: PageProps<"/[locale]/beheer/import/[token]">) {
  await requireRole(pageRoles("/beheer/import/[token]"));
  const [{ token }, query, t, format] = await Promise.all([params, searchParams, getTranslations("AdminImport"), getFormatter()]);
  const staged = await findStagedImport(token);
  if (!staged) {
    return (
      <MissingRecord title={t("missingTitle")} text={t("missing")}>
        <p className="mt-4">
          <Link href="/beheer/import">{t("back")}</Link>
        </p>
      </MissingRecord>
    );
  }
  const { meta, previews } = staged;
  const keeping = query.behouden === "ja" && previews.kept !== undefined;
  const preview = keeping ? previews.kept! : previews.plain;
  // A refusal only because contact requests point at records is offered a way out; any other problem is the file's.
  const refusedForRequests = !preview.ok && preview.requested.length > 0 && preview.problems.every((p) => p.code.startsWith("still_requested"));
  const megabytes = format.number(meta.bytes / 1024 / 1024, { maximumFractionDigits: 1 });
  const when = format.dateTime(new Date(meta.uploadedAt), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" });
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("previewTitle")}</h1>
      <div role="status" className={query.verouderd === "1" ? "mt-4 border-l-4 border-notice pl-3 text-lg font-bold" : undefined}>
        {query.verouderd === "1" ? t("stale") : null}
      </div>
      <p className="mt-4 max-w-prose">{t("fileFacts", { name: meta.fileName, megabytes, person: meta.uploadedBy, when })}</p>
      <p className="mt-2 max-w-prose font-bold">{meta.replace ? t("modeReplace") : t("modeMerge")}</p>
      {refusedForRequests ? (
        <>
          <RequestedList records={preview.requested} kept={false} />
          {previews.kept && !keeping ? (
            <p className="mt-4 max-w-prose">
              <Link href={{ pathname: `/beheer/import/${token}`, query: { behouden: "ja" } }} className="inline-flex min-h-11 items-center font-bold">
                {t("keepOffer")}
              </Link>{" "}
              {t("keepOfferHint")}
            </p>
          ) : null}
        </>
      ) : null}
      {!preview.ok && !refusedForRequests ? <ProblemList problems={preview.problems} /> : null}
      {preview.ok && preview.kept.length > 0 ? <RequestedList records={preview.kept} kept /> : null}
      {keeping ? (
        <p className="mt-4">
          <Link href={`/beheer/import/${token}`} className="inline-flex min-h-11 items-center">
            {t("plainView")}
          </Link>
        </p>
      ) : null}
      {preview.ok ? <PreviewRecords records={preview.records} /> : null}
      <ImportChoice token={token} revision={preview.revision} keep={keeping} canApply={preview.ok} />
    </>
  );
}
