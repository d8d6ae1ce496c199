"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createUserAction, type AdminFormState } from "@/app/[locale]/(admin)/actions";
import { ROLES } from "@/lib/auth/roles";
import { buttonClass, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";
import { LocaleField } from "@/components/staff/LocaleField";

export function NewAccountForm({ organisations }: { organisations: { id: string; name: string }[] }) {
  const t = useTranslations("AdminAccounts");
  const tRoles = useTranslations("StaffNav.roles");
  const [state, action, pending] = useActionState<AdminFormState, FormData>(createUserAction, {});
  const e = state.errors ?? {};
  return (
    <form action={action} noValidate className="mt-2">
      <LocaleField />
      <FormMessage message={state.message} />
      <Field id="new-name" label={t("name")} error={e.name}>
        {(d, invalid) => <input id="new-name" name="name" aria-describedby={d} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <Field id="new-email" label={t("email")} error={e.email}>
        {(d, invalid) => <input id="new-email" name="email" type="email" aria-describedby={d} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <Field id="new-role" label={t("role")} error={e.role}>
        {(d, invalid) => (
          <select id="new-role" name="role" defaultValue="staff" aria-describedby={d} aria-invalid={invalid} className={inputClass}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="new-organisation" label={t("organisation")} hint={t("organisationHint")} error={e.organizationId}>
        {(d, invalid) => (
          <select id="new-organisation" name="organizationId" defaultValue="" aria-describedby={d} aria-invalid={invalid} className={inputClass}>
            <option value="">{t("noOrganisation")}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="new-password" label={t("password")} hint={t("passwordHint")} error={e.password}>
        {(d, invalid) => <input id="new-password" name="password" type="password" autoComplete="new-password" aria-describedby={d} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}
