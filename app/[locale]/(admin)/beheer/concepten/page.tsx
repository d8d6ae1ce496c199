import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import { Link } from "@/i18n/navigation";
import { accountNames } from "@/lib/auth/accounts";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { draftsWaiting, recordName } from "@/lib/catalogue/editing/history-read";
import { editorPath } from "@/lib/catalogue/editing/paths";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("EditorDrafts"))("title") };
}

/** Every draft waiting to be published, newest first, each linked to its record's editor page. */
export default async function DraftsPage() {
  await requireRole(pageRoles("/beheer/concepten"));
  const [t, format, locale, drafts] = await Promise.all([getTranslations("EditorDrafts"), getFormatter(), getLocale(), draftsWaiting()]);
  const names = await accountNames(drafts.flatMap((d) => (d.updatedByUserId ? [d.updatedByUserId] : [])));
  const headers = [t("colName"), t("colKind"), t("colSaved"), t("colOrigin"), t("colRestored")];
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-2 max-w-prose">{t("intro")}</p>
      {drafts.length === 0 ? (
        <p className="mt-6">{t("none")}</p>
      ) : (
        <StaffTable caption={t("title")} headers={headers}>
          {drafts.map((draft) => (
            <tr key={`${draft.kind}:${draft.recordId}`}>
              <StaffCell label={headers[0]!}>
                <Link href={editorPath(draft.kind, draft.recordId)} className="font-bold">
                  {recordName(draft.record, locale) ?? draft.recordId}
                </Link>
                {draft.isNew ? ` (${t("new")})` : null}
              </StaffCell>
              <StaffCell label={headers[1]!}>{t(`kinds.${draft.kind}`)}</StaffCell>
              <StaffCell label={headers[2]!}>
                {t("savedBy", {
                  date: format.dateTime(draft.updatedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" }),
                  name: (draft.updatedByUserId ? names.get(draft.updatedByUserId) : undefined) ?? t("unknown"),
                })}
              </StaffCell>
              <StaffCell label={headers[3]!}>{draft.origin === "provider" ? t("fromProvider") : draft.origin === "import" ? t("fromImport") : t("fromEditor")}</StaffCell>
              <StaffCell label={headers[4]!}>{draft.restoredFrom === null ? "" : t("restoredFrom", { version: draft.restoredFrom })}</StaffCell>
            </tr>
          ))}
        </StaffTable>
      )}
    </>
  );
}
