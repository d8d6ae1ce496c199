import { useLocale, useTranslations } from "next-intl";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { ContactRequestView } from "@/lib/contact-requests/inbox";

/**
 * What helps a provider act on a request well, as rows of a description list: the
 * language (and an interpreter), when to call, whether calling back and leaving a message
 * are safe, and the vraagwijzer answers the resident chose to share. Rows nobody filled
 * in are left out, except the two safety questions: "not said" asks for care. The same
 * rows for a resident's own request and a warm handover (staff ask the same questions).
 */
export function RequestDetails({ request }: { request: ContactRequestView }) {
  const t = useTranslations("StaffInbox");
  const tForm = useTranslations("ContactForm");
  const locale = useLocale();
  if (request.erased) return null;
  const language = request.language ? vocabularyLabel(locale, "language", request.language) : null;
  const yesNo = (value: boolean | null) => (value === null ? t("notSaid") : value ? t("yes") : t("no"));
  return (
    <>
      {language ? (
        <>
          <dt className="font-bold">{t("language")}</dt>
          <dd>{request.interpreter ? t("interpreter", { language }) : language}</dd>
        </>
      ) : null}
      <dt className="font-bold">{t("moments")}</dt>
      <dd>{request.callMoments.length > 0 ? request.callMoments.map((moment) => tForm(`moments.${moment}`)).join(", ") : t("anyTime")}</dd>
      <dt className="font-bold">{t("safeToCall")}</dt>
      <dd>{yesNo(request.safeToCall)}</dd>
      <dt className="font-bold">{t("safeToMessage")}</dt>
      <dd>{yesNo(request.safeToMessage)}</dd>
      {request.sharedAnswers ? (
        <>
          <dt className="font-bold">{t("sharedAnswers")}</dt>
          <dd lang={request.locale} className="whitespace-pre-line">
            {request.sharedAnswers}
          </dd>
        </>
      ) : null}
    </>
  );
}
