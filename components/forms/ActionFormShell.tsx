"use client";

import { useActionState, type ReactNode } from "react";
import { IDLE, type FormAction } from "@/lib/actions/form-state";
import { ErrorSummary } from "./ErrorSummary";
import { FormContext } from "./FormContext";
import { FormMessage } from "./FormMessage";
import { LocaleField } from "./LocaleField";

export type ActionFormShellProps = {
  action: FormAction;
  summaryTitle: string;
  labels: Readonly<Record<string, string>>;
  idPrefix: string;
  heading?: ReactNode;
  hideWhenDone: boolean;
  className?: string;
  children?: ReactNode;
};

/**
 * The client half of ActionForm: it holds the action's state and gives it to the fields.
 * Without JavaScript the form posts and the page comes back with the same state.
 */
export function ActionFormShell({ action, summaryTitle, labels, idPrefix, heading, hideWhenDone, className, children }: ActionFormShellProps) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <FormContext value={{ state, idPrefix }}>
      <form action={formAction} noValidate className={className}>
        <LocaleField />
        {heading}
        <FormMessage />
        <ErrorSummary title={summaryTitle} labels={labels} />
        {hideWhenDone && state.status === "done" ? null : children}
      </form>
    </FormContext>
  );
}
