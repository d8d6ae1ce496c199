import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { proposeServiceChangeAction } from "@/lib/actions/availability-actions";
import { PROPOSAL_FIELDS, type ProposalStart } from "@/lib/catalogue/editing/provider-proposal";

/** "Stel een wijziging voor": the service's main texts, saved as a draft an editor checks first. */
export function ProposalForm({ serviceId, proposal }: { serviceId: string; proposal: ProposalStart }) {
  const t = useTranslations("AvailabilityProposal");
  const labels = Object.fromEntries(PROPOSAL_FIELDS.map((field) => [field, t(field)]));
  const long = new Set(["descriptionNl", "descriptionEn", "applicationNl", "applicationEn"]);
  const types: Partial<Record<string, "tel" | "email" | "url">> = { phone: "tel", email: "email", website: "url" };
  return (
    <section aria-labelledby="proposal-title" className="mt-10 max-w-prose">
      <h2 id="proposal-title" className="text-h3">
        {t("title")}
      </h2>
      <p className="mt-2">{t("intro")}</p>
      {proposal.waiting ? <p className="mt-2 border-l-4 border-notice pl-3">{t("waiting")}</p> : null}
      <ActionForm action={proposeServiceChangeAction} idPrefix="proposal-" labels={labels} className="mt-3 flex flex-col gap-4">
        <input type="hidden" name="serviceId" value={serviceId} />
        <input type="hidden" name="draftVersion" value={proposal.draftVersion ?? ""} />
        <input type="hidden" name="recordVersion" value={proposal.recordVersion} />
        {PROPOSAL_FIELDS.map((field) => (
          <TextField
            key={field}
            name={field}
            label={labels[field]!}
            rows={long.has(field) ? 4 : undefined}
            type={types[field]}
            autoComplete="off"
            width="full"
            defaultValue={proposal.values[field]}
          />
        ))}
        <SubmitButton variant="secondary">{t("submit")}</SubmitButton>
      </ActionForm>
    </section>
  );
}
