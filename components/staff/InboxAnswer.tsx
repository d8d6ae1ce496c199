import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { answerAction } from "@/lib/actions/staff-actions";
import { CONTACT_LIMITS, DECLINE_CODES, OUTCOMES, type Transition } from "@/lib/contact-requests/schema";

type Props = { id: string; version: number; transitions: Transition[] };

/**
 * The provider's next steps on one request, each its own small form: accept or note the
 * first contact (one button), decline (with a kind of reason and the words the wijkteam reads), close (with
 * how it ended). The version makes a second, stale answer harmless: a double click, two
 * colleagues at once or the back button change nothing and say so.
 */
export function InboxAnswer({ id, version, transitions }: Props) {
  const t = useTranslations("StaffInbox");
  const tOutcome = useTranslations("StaffOutcome");
  const tDecline = useTranslations("StaffDeclineCode");
  const quick = transitions.filter((to) => to === "accept" || to === "contacted");
  return (
    <div className="mt-4 flex flex-col gap-6">
      {quick.length > 0 ? (
        <ActionForm action={answerAction} idPrefix="step-" className="flex flex-col gap-3">
          <Guard id={id} version={version} />
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
        <StepForm id={id} version={version} to="decline" labels={{ declineCode: t("declineLegend"), reason: t("reasonLabel") }}>
          <ChoiceGroup name="declineCode" type="radio" legend={t("declineLegend")} options={DECLINE_CODES.map((value) => ({ value, label: tDecline(value) }))} checked={[]} />
          <TextField name="reason" label={t("reasonLabel")} hint={t("reasonHint")} rows={2} maxLength={CONTACT_LIMITS.reason} />
        </StepForm>
      ) : null}
      {transitions.includes("close") ? (
        <StepForm id={id} version={version} to="close" labels={{ outcome: t("outcomeLegend"), outcomeText: t("outcomeText") }}>
          <ChoiceGroup name="outcome" type="radio" legend={t("outcomeLegend")} options={OUTCOMES.map((value) => ({ value, label: tOutcome(value) }))} checked={[]} />
          <TextField name="outcomeText" label={t("outcomeText")} hint={t("outcomeTextHint")} rows={2} maxLength={CONTACT_LIMITS.reason} />
        </StepForm>
      ) : null}
    </div>
  );
}

/** Which request, and which version of it the answer was given to (a stale one changes nothing). */
function Guard({ id, version }: { id: string; version: number }) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** A step that needs words first (decline, close): its fields, then its one button. */
function StepForm({ id, version, to, labels, children }: { id: string; version: number; to: "decline" | "close"; labels: Record<string, string>; children: ReactNode }) {
  const t = useTranslations("StaffInbox");
  return (
    <ActionForm action={answerAction} idPrefix={`${to}-`} labels={labels} className="flex flex-col gap-3 border-t-2 border-line pt-4">
      <Guard id={id} version={version} />
      {children}
      <div>
        <SubmitButton variant="secondary" name="to" value={to}>
          {t(`answer.${to}`)}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
