import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { takeOverAction } from "@/lib/actions/staff-actions";

/**
 * "Neem over" for a team colleague's handover: from now on this staff member follows it
 * up. The version the page showed goes along, so a change in between is refused. Used in
 * the team view's rows and on a handover's own page; afterwards the team view says which
 * request was taken over.
 */
export function TakeOverForm({ id, version, number, list = "" }: { id: string; version: number; number: string; list?: string }) {
  const t = useTranslations("StaffHandovers.takeOver");
  return (
    <ActionForm action={takeOverAction} idPrefix={`take-over-${id}-`} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {/* The list's filters (its query string), so the list comes back as it was. */}
      <input type="hidden" name="lijst" value={list} />
      <SubmitButton variant="quiet" aria-label={t("label", { number })}>
        {t("button")}
      </SubmitButton>
    </ActionForm>
  );
}
