import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { answerAction } from "@/lib/actions/staff-actions";
import { CONTACT_LIMITS, OUTCOMES, type Transition } from "@/lib/contact-requests/schema";

type Props = { id: string; version: number; transitions: Transition[] };

/**
 * The provider's next steps on one request, each its own small form: accept or note the
 * first contact (one button), decline (with the reason the wijkteam reads), close (with
 * how it ended). The version makes a second, stale answer harmless: a double click, two
 * colleagues at once or the back button change nothing and say so.
 */
export function InboxAnswer({ id, version, transitions }: Props) {
  const t = useTranslations("StaffInbox");
  const tOutcome = useTranslations("StaffOutcome");
  const hidden = (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  const quick = transitions.filter((to) => to === "accept" || to === "contacted");
  return (
    <div className="mt-4 flex flex-col gap-6">
      {quick.length > 0 ? (
        <ActionForm action={answerAction} idPrefix="step-" className="flex flex-col gap-3">
          {hidden}
          <div className="flex flex-wrap gap-3">
            {quick.map((to) => (
              <SubmitButton key={to} name="to" value={to}>
                {t(`answer.${to}`)}
              </SubmitButton>
            ))}
          </div>
        </ActionForm>
      ) : null}
      {transitions.includes("decline") ? (
        <ActionForm action={answerAction} idPrefix="decline-" labels={{ reason: t("reasonLabel") }} className="flex flex-col gap-3 border-t-2 border-line pt-4">
          {hidden}
          <TextField name="reason" label={t("reasonLabel")} hint={t("reasonHint")} rows={2} maxLength={CONTACT_LIMITS.reason} />
          <div>
            <SubmitButton variant="secondary" name="to" value="decline">
              {t("answer.decline")}
            </SubmitButton>
          </div>
        </ActionForm>
      ) : null}
      {transitions.includes("close") ? (
        <ActionForm action={answerAction} idPrefix="close-" labels={{ outcome: t("outcomeLegend"), outcomeText: t("outcomeText") }} className="flex flex-col gap-3 border-t-2 border-line pt-4">
          {hidden}
          <ChoiceGroup name="outcome" type="radio" legend={t("outcomeLegend")} options={OUTCOMES.map((value) => ({ value, label: tOutcome(value) }))} checked={[]} />
          <TextField name="outcomeText" label={t("outcomeText")} hint={t("outcomeTextHint")} rows={2} maxLength={CONTACT_LIMITS.reason} />
          <div>
            <SubmitButton variant="secondary" name="to" value="close">
              {t("answer.close")}
            </SubmitButton>
          </div>
        </ActionForm>
      ) : null}
    </div>
  );
}
