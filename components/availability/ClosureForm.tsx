import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { changeAvailabilityAction } from "@/lib/actions/availability-actions";
import type { ProviderServiceView } from "@/lib/catalogue/editing/availability";
import { Target } from "./Target";

/** Closing for a while, with a reason residents read and a date of return; and opening again. */
export function ClosureForm({ service }: { service: ProviderServiceView }) {
  const t = useTranslations("Availability.closure");
  const closed = service.status === "temporarily_closed";
  return (
    <section aria-labelledby="closure-title" className="mt-10 max-w-prose">
      <h2 id="closure-title" className="text-h3">
        {t("title")}
      </h2>
      <p className="mt-2">{closed ? <strong>{t("closedNow")}</strong> : t("intro")}</p>
      <ActionForm
        action={changeAvailabilityAction}
        idPrefix="closure-"
        labels={{ reasonNl: t("reasonNl"), reasonEn: t("reasonEn"), reopensOn: t("reopensOn") }}
        className="mt-3 flex flex-col gap-4"
      >
        <Target change="close" serviceId={service.id} version={service.version} />
        <TextField name="reasonNl" label={t("reasonNl")} hint={t("reasonHint")} rows={3} maxLength={500} defaultValue={service.closedReason?.nl ?? ""} />
        <TextField name="reasonEn" label={t("reasonEn")} hint={t("reasonEnHint")} rows={3} maxLength={500} defaultValue={service.closedReason?.en ?? ""} />
        <TextField name="reopensOn" label={t("reopensOn")} hint={t("reopensHint")} type="date" defaultValue={service.reopensOn ?? ""} />
        <SubmitButton variant={closed ? "secondary" : "primary"}>{closed ? t("update") : t("close")}</SubmitButton>
      </ActionForm>
      {closed ? (
        <ActionForm action={changeAvailabilityAction} idPrefix="reopen-" className="mt-4 flex flex-col gap-4">
          <Target change="reopen" serviceId={service.id} version={service.version} />
          <SubmitButton>{t("reopen")}</SubmitButton>
        </ActionForm>
      ) : null}
    </section>
  );
}
