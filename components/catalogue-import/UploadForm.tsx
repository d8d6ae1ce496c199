import { getLocale, getTranslations } from "next-intl/server";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FieldFrame } from "@/components/forms/FieldFrame";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { control } from "@/components/forms/styles";

/** Where the upload posts: a route handler outside proxy.ts, which takes files up to MAX_IMPORT_BYTES. */
export const UPLOAD_ADDRESS = "/api/beheer/import";

/**
 * The catalogue file and the choice to replace the whole catalogue: a plain multipart form
 * (also without JavaScript). A refused file comes back as `?fout=`, worded at the field.
 */
export async function UploadForm({ error, megabytes }: { error?: string; megabytes: number }) {
  const [t, locale] = await Promise.all([getTranslations("AdminImport"), getLocale()]);
  const labels = { bestand: t("file") };
  return (
    <form method="post" action={`${UPLOAD_ADDRESS}?locale=${locale}`} encType="multipart/form-data" className="mt-4 flex max-w-prose flex-col gap-6">
      <ErrorSummary title={t("summaryTitle")} labels={labels} errors={{ bestand: error }} />
      <FieldFrame id="bestand" label={t("file")} hint={t("fileHint", { megabytes })} hintId="bestand-hint" error={error} errorId="bestand-error">
        <input
          id="bestand"
          name="bestand"
          type="file"
          accept=".json,application/json"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "bestand-hint bestand-error" : "bestand-hint"}
          className={control}
        />
      </FieldFrame>
      <div className="flex flex-col gap-2">
        <CheckboxField name="vervangen" value="ja" label={t("replace")} describedById="vervangen-hint" />
        <p id="vervangen-hint" className="text-ink-secondary">
          {t("replaceHint")}
        </p>
      </div>
      <SubmitButton>{t("check")}</SubmitButton>
    </form>
  );
}
