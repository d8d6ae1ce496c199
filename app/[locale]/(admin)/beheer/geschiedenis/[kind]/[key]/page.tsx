import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { HistoryEntries } from "@/components/editor/HistoryEntries";
import { RetireServiceForm } from "@/components/editor/RetireServiceForm";
import { MissingRecord } from "@/components/staff/MissingRecord";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { recordHistory, recordName } from "@/lib/catalogue/editing/history-read";
import { editorPath, historyPath, kindOfHistorySlug } from "@/lib/catalogue/editing/paths";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorHistory"))("title") };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** Every published change of one record, newest first and a page at a time; an earlier version comes back as a draft. */
export default async function HistoryPage({ params, searchParams }: PageProps<"/[locale]/beheer/geschiedenis/[kind]/[key]">) {
  await requireRole(pageRoles("/beheer/geschiedenis/[kind]/[key]"));
  const [{ kind: slug, key: given }, query, t, locale] = await Promise.all([params, searchParams, getTranslations("EditorHistory"), getLocale()]);
  const kind = kindOfHistorySlug(slug);
  if (!kind || given.length === 0 || given.length > 200) return <MissingRecord title={t("missingTitle")} text={t("missing")} />;
  // Keys are stored as the importer keeps them: ids in lower case, codes and slugs as they are.
  const key = kind === "municipality" || kind === "taxonomy" ? given : given.toLowerCase();
  const page = Math.min(Math.max(1, Number.parseInt(one(query.pagina) ?? "1", 10) || 1), 10_000);
  const history = await recordHistory(kind, key, page);
  if (history.total === 0 && history.record === null) return <MissingRecord title={t("missingTitle")} text={t("missing")} />;
  const name = recordName(history.record, locale) ?? key;
  const defunct = kind === "service" && history.record?.status === "defunct";
  return (
    <>
      <p>
        <Link href={editorPath(kind, key)}>{t("toEditor")}</Link>
      </p>
      <h1 className="mt-2 text-h2 sm:text-h1">{t("heading", { name })}</h1>
      {one(query.verwijderd) === "1" ? (
        <p role="status" className="mt-4 border-l-4 border-independent pl-3 font-bold text-independent">
          {t("retired")}
        </p>
      ) : null}
      {defunct ? <p className="mt-4 font-bold">{t("isDefunct")}</p> : null}
      {history.hasDraft ? (
        <p className="mt-4">
          {t("hasDraft")} <Link href={editorPath(kind, key)}>{t("openDraft")}</Link>
        </p>
      ) : null}
      <p className="mt-4">{t("count", { count: history.total })}</p>
      <HistoryEntries kind={kind} recordId={key} entries={history.entries} currentVersion={history.version} />
      {history.pages > 1 ? (
        <nav aria-label={t("pages")} className="mt-6 flex flex-wrap gap-4">
          {page > 1 ? <Link href={`${historyPath(kind, key)}?pagina=${page - 1}`}>{t("newer")}</Link> : null}
          <span>{t("pageOf", { page, pages: history.pages })}</span>
          {page < history.pages ? <Link href={`${historyPath(kind, key)}?pagina=${page + 1}`}>{t("older")}</Link> : null}
        </nav>
      ) : null}
      {kind === "service" && history.version !== null && !defunct ? <RetireServiceForm serviceId={key} recordVersion={history.version} /> : null}
    </>
  );
}
