import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Link } from "@/i18n/navigation";
import { discardDraftAction, publishDraftAction } from "@/lib/actions/editor-actions";
import type { DraftRow } from "@/lib/catalogue/editing/drafts";
import type { PublishedFlag } from "@/lib/catalogue/editing/done-flags";
import type { RecordKind } from "@/lib/catalogue/editing/kinds";
import { historyPath } from "@/lib/catalogue/editing/paths";

type Props = {
  kind: RecordKind;
  recordId: string;
  draft: DraftRow | null;
  /** Whether residents see a published version of the record. */
  published: boolean;
  /** The page that shows the draft as residents would see it, when the kind has one. */
  previewHref?: string;
  /** The page's address query: what the last step did (`opgeslagen`, `gepubliceerd`, `weggegooid`). */
  done?: { saved?: boolean; published?: PublishedFlag; discarded?: boolean };
};

const PUBLISHED_NOTICE = { changed: "published", unchanged: "publishedNothing", photoNotPlaced: "publishedPhotoNotPlaced" } as const satisfies Record<PublishedFlag, string>;

/**
 * A record's state above its form: whether there is a draft, and the steps on it —
 * preview, publish, throw away — each a small form of its own (works without JavaScript).
 */
export async function DraftBar({ kind, recordId, draft, published, previewHref, done = {} }: Props) {
  const [t, tHistory, format] = await Promise.all([getTranslations("Editor"), getTranslations("EditorHistory"), getFormatter()]);
  const notice = done.published ? t(PUBLISHED_NOTICE[done.published]) : done.discarded ? t("discarded") : done.saved ? t("saved") : null;
  const hidden = draft ? (
    <>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="recordId" value={recordId} />
      <input type="hidden" name="draftVersion" value={draft.version} />
    </>
  ) : null;
  return (
    <section aria-label={t("publish")} className="mt-4 flex flex-col gap-3 rounded border-2 border-line p-4">
      {notice ? (
        <p role="status" className="border-l-4 border-independent pl-3 font-bold text-independent">
          {notice}
        </p>
      ) : null}
      {draft ? (
        <>
          <p>{t("draftBy", { date: format.dateTime(draft.updatedAt, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" }) })}</p>
          {draft.origin === "provider" ? <p>{t("draftFromProvider")}</p> : null}
          {draft.restoredFrom !== null ? <p>{t("draftRestored", { version: draft.restoredFrom })}</p> : null}
          {!published ? <p>{t("newRecord")}</p> : null}
          <div className="flex flex-wrap items-start gap-4">
            {previewHref ? (
              <Link href={previewHref} className="self-center underline" prefetch={false}>
                {t("preview")}
              </Link>
            ) : null}
            <ActionForm action={publishDraftAction} idPrefix="publish-" className="flex flex-col gap-2">
              {hidden}
              <SubmitButton>{t("publish")}</SubmitButton>
            </ActionForm>
            <ActionForm action={discardDraftAction} idPrefix="discard-" className="flex flex-col gap-2">
              {hidden}
              <SubmitButton variant="secondary">{t("discard")}</SubmitButton>
            </ActionForm>
          </div>
        </>
      ) : (
        <p>{t("draftNone")}</p>
      )}
      {published ? (
        <p>
          <Link href={historyPath(kind, recordId)} prefetch={false}>
            {tHistory("link")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
