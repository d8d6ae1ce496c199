"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction, type FormState } from "@/app/[locale]/(staff)/actions";
import { buttonClass, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";
import { LocaleField } from "@/components/staff/LocaleField";

export function SignInForm() {
  const t = useTranslations("StaffSignIn");
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <form action={action} noValidate className="mt-6">
      <LocaleField />
      <FormMessage message={state.message} />
      <Field id="email" label={t("email")} error={state.errors?.email}>
        {(describedBy, invalid) => (
          <input id="email" name="email" type="email" defaultValue={state.values?.email} autoComplete="username" required aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
      <Field id="password" label={t("password")} error={state.errors?.password}>
        {(describedBy, invalid) => (
          <input id="password" name="password" type="password" autoComplete="current-password" required aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
