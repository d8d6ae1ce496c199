import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { changeAvailabilityAction } from "@/lib/actions/availability-actions";
import type { ProviderServiceView } from "@/lib/catalogue/editing/availability";
import { Target } from "./Target";

/** Accepting new clients and the waiting time: live at once. */
export function IntakeForm({ service }: { service: ProviderServiceView }) {
  const t = useTranslations("Availability.intake");
  const accepting = service.acceptingNewClients === null ? "unknown" : service.acceptingNewClients ? "yes" : "no";
  return (
    <section aria-labelledby="intake-title" className="mt-8 max-w-prose">
      <h2 id="intake-title" className="text-h3">
        {t("title")}
      </h2>
      <ActionForm action={changeAvailabilityAction} idPrefix="intake-" labels={{ accepting: t("accepting"), waitingDays: t("waitingDays") }} className="mt-3 flex flex-col gap-4">
        <Target change="intake" serviceId={service.id} version={service.version} />
        <ChoiceGroup
          name="accepting"
          type="radio"
          legend={t("accepting")}
          checked={[accepting]}
          options={[
            { value: "yes", label: t("yes") },
            { value: "no", label: t("no") },
            { value: "unknown", label: t("unknown") },
          ]}
        />
        <TextField name="waitingDays" label={t("waitingDays")} hint={t("waitingHint")} inputMode="numeric" width="short" defaultValue={service.waitingDays === null ? "" : String(service.waitingDays)} />
        <SubmitButton>{t("submit")}</SubmitButton>
      </ActionForm>
    </section>
  );
}
