"use client";

import { useActionState, useEffect, type ReactNode } from "react";
import { IDLE, type FormAction } from "@/lib/actions/form-state";
import { errorTitle } from "./error-title";
import { ErrorSummary } from "./ErrorSummary";
import { FormContext } from "./FormContext";
import { FormMessage } from "./FormMessage";
import { LocaleField } from "./LocaleField";

export type ActionFormShellProps = {
  action: FormAction;
  summaryTitle: string;
  /** "Fout:": put before the page title while the form shows errors. */
  titleErrorPrefix: string;
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
export function ActionFormShell({ action, summaryTitle, titleErrorPrefix, labels, idPrefix, heading, hideWhenDone, className, children }: ActionFormShellProps) {
  const [state, formAction] = useActionState(action, IDLE);
  const hasErrors = Object.values(state.errors ?? {}).some(Boolean);
  // With JavaScript the page is not reloaded, so its <title> is set here; without it the
  // error summary takes the focus instead (autofocus), which says the same.
  useEffect(() => {
    if (!hasErrors) return;
    const before = document.title;
    document.title = errorTitle(titleErrorPrefix, before);
    return () => {
      document.title = before;
    };
  }, [hasErrors, titleErrorPrefix]);
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
