"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveInternalAction, type AdminFormState } from "@/app/[locale]/(admin)/actions";
import { buttonClass, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";
import { LocaleField } from "@/components/staff/LocaleField";

type Props = { serviceId: string; version: number; values: { notes: string; directPhone: string; directEmail: string } };

export function InternalForm({ serviceId, version, values }: Props) {
  const t = useTranslations("AdminInternal");
  const [state, action, pending] = useActionState<AdminFormState, FormData>(saveInternalAction, {});
  const e = state.errors ?? {};
  return (
    <form action={action} noValidate className="mt-4">
      <LocaleField />
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage message={state.message} />
      <Field id="notes" label={t("notes")} hint={t("notesHint")} error={e.notes}>
        {(d, invalid) => <textarea id="notes" name="notes" rows={5} defaultValue={values.notes} aria-describedby={d} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <Field id="directPhone" label={t("directPhone")} error={e.directPhone}>
        {(d, invalid) => <input id="directPhone" name="directPhone" type="tel" defaultValue={values.directPhone} aria-describedby={d} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <Field id="directEmail" label={t("directEmail")} error={e.directEmail}>
        {(d, invalid) => <input id="directEmail" name="directEmail" type="email" defaultValue={values.directEmail} aria-describedby={d} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
