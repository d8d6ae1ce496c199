import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { applyImportAction, cancelImportAction } from "@/lib/actions/import-actions";

type Props = { token: string; revision: number; keep: boolean; canApply: boolean };

/**
 * Apply the previewed file (with the revision the preview was made at, so a catalogue
 * changed meanwhile is refused) or cancel it. Two small action forms side by side.
 */
export async function ImportChoice({ token, revision, keep, canApply }: Props) {
  const t = await getTranslations("AdminImport");
  return (
    <section aria-labelledby="choice-title" className="mt-8">
      <h2 id="choice-title" className="text-h3">
        {t("applyTitle")}
      </h2>
      <p className="mt-2 max-w-prose">{canApply ? t("applyIntro") : t("cannotApply")}</p>
      <div className="mt-4 flex flex-wrap gap-4">
        {canApply ? (
          <ActionForm action={applyImportAction} idPrefix="apply-" className="flex flex-col gap-4">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="revision" value={revision} />
            {keep ? <input type="hidden" name="keep" value="ja" /> : null}
            <SubmitButton>{keep ? t("applyKeeping") : t("apply")}</SubmitButton>
          </ActionForm>
        ) : null}
        <ActionForm action={cancelImportAction} idPrefix="cancel-" className="flex flex-col gap-4">
          <input type="hidden" name="token" value={token} />
          <SubmitButton variant="secondary">{t("cancel")}</SubmitButton>
        </ActionForm>
      </div>
    </section>
  );
}
