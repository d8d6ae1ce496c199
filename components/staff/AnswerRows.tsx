import { useTranslations } from "next-intl";
import type { ContactRequestView } from "@/lib/contact-requests/inbox";

/** The provider's answer in words, as rows of a description list: why it declined, how it ended. Both sides show it. */
export function AnswerRows({ request }: { request: Pick<ContactRequestView, "declineReason" | "declineCode" | "outcome" | "outcomeText"> }) {
  const t = useTranslations("StaffRequest");
  const tOutcome = useTranslations("StaffOutcome");
  const tDecline = useTranslations("StaffDeclineCode");
  return (
    <>
      {request.declineCode ? (
        <>
          <dt className="font-bold">{t("declineCode")}</dt>
          <dd>{tDecline(request.declineCode)}</dd>
        </>
      ) : null}
      {request.declineReason ? (
        <>
          <dt className="font-bold">{t("declineReason")}</dt>
          <dd className="whitespace-pre-line">{request.declineReason}</dd>
        </>
      ) : null}
      {request.outcome ? (
        <>
          <dt className="font-bold">{t("outcome")}</dt>
          <dd>
            {tOutcome(request.outcome)}
            {request.outcomeText ? <span className="block whitespace-pre-line">{request.outcomeText}</span> : null}
          </dd>
        </>
      ) : null}
    </>
  );
}
