import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { markCheckedAction } from "@/lib/actions/freshness-actions";

type Props = {
  serviceId: string;
  /** The version the editor saw: a service changed since is not checked unseen. */
  version: number;
  name: string;
  /** The queue's filter and page to come back to. */
  back?: { gemeente?: string; pagina?: number };
};

/** "Gecontroleerd, klopt nog": one small form per service, apart from editing it. */
export function CheckServiceForm({ serviceId, version, name, back }: Props) {
  const t = useTranslations("FreshnessQueue");
  return (
    <ActionForm action={markCheckedAction} idPrefix={`check-${serviceId}-`} className="flex flex-col gap-1">
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="version" value={version} />
      {back ? <input type="hidden" name="from" value="queue" /> : null}
      {back?.gemeente ? <input type="hidden" name="gemeente" value={back.gemeente} /> : null}
      {back?.pagina ? <input type="hidden" name="pagina" value={back.pagina} /> : null}
      <SubmitButton variant="secondary" aria-label={t("checkNamed", { name })}>
        {t("check")}
      </SubmitButton>
    </ActionForm>
  );
}
