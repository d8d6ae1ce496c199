"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { choiceInput, errorText, fieldControl, primaryButton } from "@/components/vraagwijzer/styles";
import { sendContactRequest, type ContactFormState } from "./actions";

type Props = { serviceId: string; supporterId: string | undefined; locale: string; idempotencyKey: string; retentionDays: number };

const field = "flex flex-col gap-2";

/**
 * The optional contact request. It posts to a server action, so it works without
 * JavaScript; with JavaScript the page does not reload. Every error is tied to its field.
 */
export function ContactForm({ serviceId, supporterId, locale, idempotencyKey, retentionDays }: Props) {
  const t = useTranslations("ContactForm");
  const [state, action, pending] = useActionState<ContactFormState, FormData>(sendContactRequest, { status: "idle" });

  if (state.status === "sent") {
    return (
      <p role="status" className="mt-4 border-l-4 border-independent pl-3 text-lg font-bold text-independent">
        {t("sent")}
      </p>
    );
  }
  const errors = state.fields ?? {};
  const errorOf = (name: keyof typeof errors) => {
    const key = errors[name];
    return key ? t(`errors.${key}` as "errors.name") : undefined;
  };
  const describedBy = (name: keyof typeof errors, hint?: string) => [hint, errors[name] ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  const message =
    state.status === "invalid" ? t("errorSummary") : state.status === "rate-limited" ? t("rateLimited") : state.status === "unknown-service" ? t("unknownService") : undefined;

  return (
    <form action={action} className="mt-4 flex flex-col gap-6" noValidate>
      <div aria-live="polite">{message ? <p className={errorText}>{message}</p> : null}</div>
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="supporterId" value={supporterId ?? ""} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className={field}>
        <label htmlFor="name" className="font-bold">
          {t("name")}
        </label>
        {errorOf("name") ? <p id="name-error" className={errorText}>{errorOf("name")}</p> : null}
        <input id="name" name="name" autoComplete="name" defaultValue={state.values?.name} aria-invalid={!!errors.name || undefined} aria-describedby={describedBy("name")} className={fieldControl} />
      </div>
      <p id="reach-hint" className="max-w-prose text-ink-secondary">
        {t("reachHint")}
      </p>
      <div className={field}>
        <label htmlFor="phone" className="font-bold">
          {t("phone")}
        </label>
        {errorOf("phone") ? <p id="phone-error" className={errorText}>{errorOf("phone")}</p> : null}
        <input id="phone" name="phone" type="tel" autoComplete="tel" defaultValue={state.values?.phone} aria-invalid={!!errors.phone || undefined} aria-describedby={describedBy("phone", "reach-hint")} className={fieldControl} />
      </div>
      <div className={field}>
        <label htmlFor="email" className="font-bold">
          {t("email")}
        </label>
        {errorOf("email") ? <p id="email-error" className={errorText}>{errorOf("email")}</p> : null}
        <input id="email" name="email" type="email" autoComplete="email" defaultValue={state.values?.email} aria-invalid={!!errors.email || undefined} aria-describedby={describedBy("email", "reach-hint")} className={fieldControl} />
      </div>
      <div className={field}>
        <label htmlFor="message" className="font-bold">
          {t("message")}
        </label>
        <p id="message-hint" className="text-ink-secondary">
          {t("messageHint")}
        </p>
        {errorOf("message") ? <p id="message-error" className={errorText}>{errorOf("message")}</p> : null}
        <textarea id="message" name="message" rows={5} maxLength={1000} defaultValue={state.values?.message} aria-invalid={!!errors.message || undefined} aria-describedby={describedBy("message", "message-hint")} className={`${fieldControl} sm:w-full`} />
      </div>
      <fieldset aria-describedby={describedBy("consent", "consent-text")}>
        <legend className="text-lg font-bold">{t("consentTitle")}</legend>
        <p id="consent-text" className="mt-2 max-w-prose">
          {t("consentText", { days: retentionDays })}
        </p>
        {errorOf("consent") ? <p id="consent-error" className={`mt-2 ${errorText}`}>{errorOf("consent")}</p> : null}
        <label htmlFor="consent" className="mt-3 flex items-start gap-3">
          <input id="consent" name="consent" type="checkbox" value="yes" className={choiceInput} />
          <span className="font-bold">{t("consentLabel")}</span>
        </label>
      </fieldset>
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
