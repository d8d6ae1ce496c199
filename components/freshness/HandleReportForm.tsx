import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { handleReportAction } from "@/lib/actions/freshness-actions";
import { RESOLUTION_MAX } from "@/lib/error-reports/schema";

/** An editor resolves a report (what was done) or sets it aside (why): the words are required. */
export function HandleReportForm({ id }: { id: string }) {
  const t = useTranslations("ReportQueue");
  const labels = { outcome: t("outcome"), resolution: t("resolutionLabel") };
  return (
    <ActionForm action={handleReportAction} labels={labels} idPrefix={`report-${id}-`} className="mt-4 flex max-w-prose flex-col gap-4">
      <input type="hidden" name="id" value={id} />
      <ChoiceGroup
        name="outcome"
        type="radio"
        legend={labels.outcome}
        checked={["resolved"]}
        options={[
          { value: "resolved", label: t("resolved"), hint: t("resolvedHint") },
          { value: "dismissed", label: t("dismissed"), hint: t("dismissedHint") },
        ]}
      />
      <TextField name="resolution" label={labels.resolution} hint={t("resolutionHint")} rows={3} maxLength={RESOLUTION_MAX} />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
