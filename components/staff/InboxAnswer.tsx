import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { answerAction } from "@/lib/actions/staff-actions";
import type { Transition } from "@/lib/contact-requests/schema";

/** The provider's answers to one request; the version makes a second, stale answer harmless. */
export function InboxAnswer({ id, version, transitions, name }: { id: string; version: number; transitions: Transition[]; name: string }) {
  const t = useTranslations("StaffInbox");
  return (
    <ActionForm action={answerAction} idPrefix={`${id}-`} labels={{ reason: t("reasonLabel") }} className="mt-4 flex flex-col gap-3 border-t-2 border-line pt-4">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {transitions.includes("decline") ? <TextField name="reason" label={t("reasonLabel")} rows={2} /> : null}
      <div className="flex flex-wrap gap-3">
        {transitions.map((to) => (
          <SubmitButton key={to} variant="secondary" name="to" value={to} aria-label={t(`answerFor.${to}`, { name })}>
            {t(`answer.${to}`)}
          </SubmitButton>
        ))}
      </div>
    </ActionForm>
  );
}
