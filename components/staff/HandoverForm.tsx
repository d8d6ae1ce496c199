"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createHandoverAction, type FormState } from "@/app/[locale]/(staff)/actions";
import { buttonClass, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";
import { LocaleField } from "@/components/staff/LocaleField";

type Props = { serviceId: string; idempotencyKey: string; supporters: { id: string; name: string }[]; consentText: string };

/**
 * The handover form. The idempotency key is fixed when the page is rendered, so a
 * double click or a resubmit after a slow answer creates one handover, not two.
 */
export function HandoverForm({ serviceId, idempotencyKey, supporters, consentText }: Props) {
  const t = useTranslations("StaffHandover");
  const [state, action, pending] = useActionState<FormState, FormData>(createHandoverAction, {});
  const e = state.errors ?? {};
  const v = state.values ?? {};
  const describe = (id: string) => (e[id] ? `${id}-error` : undefined);
  return (
    <form action={action} noValidate className="mt-6">
      <LocaleField />
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormMessage message={state.message} />

      {supporters.length > 0 ? (
        <fieldset className="mt-5">
          <legend className="font-bold">{t("supporter")}</legend>
          {e.supporterId ? <p id="supporterId-error" className="font-bold text-notice">{e.supporterId}</p> : null}
          <div className="mt-1 flex items-center gap-2">
            <input type="radio" id="supporter-none" name="supporterId" value="" defaultChecked={!v.supporterId} className="size-5" />
            <label htmlFor="supporter-none">{t("supporterAny")}</label>
          </div>
          {supporters.map((s) => (
            <div key={s.id} className="mt-1 flex items-center gap-2">
              <input type="radio" id={`supporter-${s.id}`} name="supporterId" value={s.id} defaultChecked={v.supporterId === s.id} className="size-5" aria-describedby={describe("supporterId")} />
              <label htmlFor={`supporter-${s.id}`}>{s.name}</label>
            </div>
          ))}
        </fieldset>
      ) : null}

      <Field id="residentName" label={t("residentName")} error={e.residentName}>
        {(describedBy, invalid) => <input id="residentName" name="residentName" defaultValue={v.residentName} autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <Field id="residentPhone" label={t("residentPhone")} error={e.residentPhone}>
        {(describedBy, invalid) => <input id="residentPhone" name="residentPhone" defaultValue={v.residentPhone} type="tel" autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <Field id="residentEmail" label={t("residentEmail")} error={e.residentEmail}>
        {(describedBy, invalid) => <input id="residentEmail" name="residentEmail" defaultValue={v.residentEmail} type="email" autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />}
      </Field>

      <fieldset className="mt-5" aria-describedby={describe("preferredContact")}>
        <legend className="font-bold">{t("preferredContact")}</legend>
        {e.preferredContact ? <p id="preferredContact-error" className="font-bold text-notice">{e.preferredContact}</p> : null}
        {(["phone", "sms", "email"] as const).map((way) => (
          <div key={way} className="mt-1 flex items-center gap-2">
            <input type="radio" id={`contact-${way}`} name="preferredContact" value={way} defaultChecked={way === (v.preferredContact ?? "phone")} className="size-5" />
            <label htmlFor={`contact-${way}`}>{t(`contact.${way}`)}</label>
          </div>
        ))}
      </fieldset>

      <Field id="question" label={t("question")} hint={t("questionHint")} error={e.question}>
        {(describedBy, invalid) => <textarea id="question" name="question" defaultValue={v.question} rows={5} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />}
      </Field>

      <fieldset className="mt-6 rounded border-2 border-primary p-4">
        <legend className="px-1 font-bold">{t("consentLegend")}</legend>
        <p className="text-sm">{t("consentRead")}</p>
        <p id="consent-text" className="mt-2 max-w-prose text-lg">
          {consentText}
        </p>
        {e.consent ? <p id="consent-error" className="mt-2 border-l-4 border-notice pl-2 font-bold text-notice">{e.consent}</p> : null}
        <div className="mt-3 flex items-center gap-2">
          <input
            type="checkbox"
            id="consent"
            name="consent"
            value="yes"
            defaultChecked={v.consent === "yes"}
            className="size-5"
            aria-describedby={["consent-text", describe("consent")].filter(Boolean).join(" ")}
            aria-invalid={!!e.consent}
          />
          <label htmlFor="consent" className="font-bold">
            {t("consentCheck")}
          </label>
        </div>
      </fieldset>

      <button type="submit" className={buttonClass} disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
