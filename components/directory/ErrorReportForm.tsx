import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { reportError } from "@/lib/actions/resident-actions";
import { ERROR_REPORT_MESSAGE_MAX } from "@/lib/error-reports/schema";

/**
 * "Is something wrong?" on a service's page. It posts to a server action: without
 * JavaScript the page reloads with the result; with it, only this form updates. After
 * sending, the fields are empty again for a next report.
 */
export function ErrorReportForm({ serviceId }: { serviceId: string }) {
  const t = useTranslations("ErrorReport");
  const heading = (
    <>
      <h2 id="report-title" className="text-h3">
        {t("title")}
      </h2>
      <p className="max-w-prose">{t("intro")}</p>
    </>
  );
  return (
    <section aria-labelledby="report-title" className="mt-10 rounded-portal bg-surface p-4 sm:p-5 print:hidden">
      <ActionForm action={reportError} heading={heading} idPrefix="report-" labels={{ message: t("message"), email: t("email") }} className="flex max-w-prose flex-col gap-4">
        <input type="hidden" name="serviceId" value={serviceId} />
        <TextField name="message" label={t("message")} hint={t("messageHint")} rows={4} maxLength={ERROR_REPORT_MESSAGE_MAX} />
        <TextField name="email" label={t("email")} hint={t("emailHint")} type="email" autoComplete="email" />
        {/* Honeypot: people never see or fill it; simple bots do. */}
        <div className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="report-website">{t("website")}</label>
          <input id="report-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <SubmitButton>{t("submit")}</SubmitButton>
      </ActionForm>
    </section>
  );
}
