"use client";

import { useActionState } from "react";
import type { ErrorReportError, ErrorReportState } from "@/lib/catalogue/error-report-state";

type Labels = Record<
  "title" | "intro" | "message" | "messageHint" | "email" | "emailHint" | "website" | "submit" | "sent" | "invalid" | "limited" | "failed",
  string
> &
  Record<ErrorReportError, string>;

type Props = {
  serviceId: string;
  locale: string;
  labels: Labels;
  action: (state: ErrorReportState, form: FormData) => Promise<ErrorReportState>;
};

/**
 * A form that posts to a server action: without JavaScript the page reloads with the
 * result; with it, only this form updates. Errors are tied to their fields.
 */
export function ErrorReportForm({ serviceId, locale, labels, action }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const messageError = state.errors?.message;
  const emailError = state.errors?.email;
  const status = state.status === "idle" ? "" : labels[state.status];
  const sent = state.status === "sent";

  return (
    <section aria-labelledby="report-title" className="mt-10 rounded-portal bg-surface p-4 sm:p-5 print:hidden">
      <h2 id="report-title" className="text-h3">
        {labels.title}
      </h2>
      <p className="mt-2 max-w-prose">{labels.intro}</p>
      <div aria-live="polite" role="status" className={status ? "mt-3 border-l-4 border-notice pl-3 font-bold" : undefined}>
        {status}
      </div>
      {/* A fresh form after sending, so nothing typed before stays in it. */}
      <form key={sent ? "sent" : "form"} action={formAction} className="mt-4 flex max-w-prose flex-col gap-4" noValidate>
        <input type="hidden" name="serviceId" value={serviceId} />
        <input type="hidden" name="locale" value={locale} />
        <div className="flex flex-col gap-2">
          <label htmlFor="report-message" className="font-bold">
            {labels.message}
          </label>
          <p id="report-message-hint" className="text-sm text-ink-secondary">
            {labels.messageHint}
          </p>
          {messageError ? (
            <p id="report-message-error" className="font-bold text-not-independent">
              {labels[messageError]}
            </p>
          ) : null}
          <textarea
            id="report-message"
            name="message"
            rows={4}
            required
            maxLength={2000}
            defaultValue={sent ? "" : state.values?.message}
            aria-invalid={messageError ? true : undefined}
            aria-describedby={messageError ? "report-message-error report-message-hint" : "report-message-hint"}
            className="rounded-portal border-2 border-line bg-canvas px-3 py-2"
          />
        </div>
        <div className="flex flex-col gap-2">
          <label htmlFor="report-email" className="font-bold">
            {labels.email}
          </label>
          <p id="report-email-hint" className="text-sm text-ink-secondary">
            {labels.emailHint}
          </p>
          {emailError ? (
            <p id="report-email-error" className="font-bold text-not-independent">
              {labels[emailError]}
            </p>
          ) : null}
          <input
            id="report-email"
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={sent ? "" : state.values?.email}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? "report-email-error report-email-hint" : "report-email-hint"}
            className="min-h-11 rounded-portal border-2 border-line bg-canvas px-3 py-2"
          />
        </div>
        <div className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="report-website">{labels.website}</label>
          <input id="report-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 self-start rounded-portal border-2 border-primary bg-primary px-5 py-2 font-bold text-primary-contrast hover:bg-link-hover"
        >
          {labels.submit}
        </button>
      </form>
    </section>
  );
}
