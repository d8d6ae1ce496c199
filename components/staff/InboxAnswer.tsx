"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { answerAction, type FormState } from "@/app/[locale]/(staff)/actions";
import type { Transition } from "@/lib/handover/schema";
import { FormMessage } from "./FormMessage";
import { inputClass, secondaryButtonClass } from "./Field";
import { LocaleField } from "@/components/staff/LocaleField";

/** The provider's answers to one request; the version makes a second, stale answer harmless. */
export function InboxAnswer({ id, version, transitions, name }: { id: string; version: number; transitions: Transition[]; name: string }) {
  const t = useTranslations("StaffInbox");
  const [state, action, pending] = useActionState<FormState, FormData>(answerAction, {});
  const reasonId = `reason-${id}`;
  return (
    <form action={action} className="mt-4 border-t-2 border-line pt-4">
      <LocaleField />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage message={state.message} id={`message-${id}`} />
      {transitions.includes("decline") ? (
        <div className="mb-3">
          <label htmlFor={reasonId} className="block font-bold">
            {t("reasonLabel")}
          </label>
          {state.errors?.reason ? (
            <p id={`${reasonId}-error`} className="font-bold text-notice">
              {state.errors.reason}
            </p>
          ) : null}
          <textarea id={reasonId} name="reason" rows={2} className={inputClass} aria-describedby={state.errors?.reason ? `${reasonId}-error` : undefined} />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {transitions.map((to) => (
          <button key={to} type="submit" name="to" value={to} disabled={pending} className={secondaryButtonClass} aria-label={t(`answerFor.${to}`, { name })}>
            {t(`answer.${to}`)}
          </button>
        ))}
      </div>
    </form>
  );
}
