"use client";

import { usePathname } from "next/navigation";
import { useActionState, useEffect, type ReactNode } from "react";
import { FORM_FIELD, PAGE_FIELD } from "@/lib/actions/form-fields";
import { IDLE, type FormAction, type FormState } from "@/lib/actions/form-state";
import { errorTitle } from "./error-title";
import { ErrorSummary } from "./ErrorSummary";
import { FormContext } from "./FormContext";
import { FormMessage } from "./FormMessage";
import { LocaleField } from "./LocaleField";

export type ActionFormShellProps = {
  action: FormAction;
  /** The state to start with: what was kept after a session ended, else idle. */
  initial?: FormState;
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
export function ActionFormShell({ action, initial = IDLE, summaryTitle, titleErrorPrefix, labels, idPrefix, heading, hideWhenDone, className, children }: ActionFormShellProps) {
  const [state, formAction] = useActionState(action, initial);
  const page = usePathname();
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
        {/* Where the form is, so a post after the session ended can come back here (lib/actions/kept-input.ts). */}
        <input type="hidden" name={PAGE_FIELD} value={page} />
        <input type="hidden" name={FORM_FIELD} value={idPrefix} />
        {heading}
        <FormMessage />
        <ErrorSummary title={summaryTitle} labels={labels} />
        {hideWhenDone && state.status === "done" ? null : children}
      </form>
    </FormContext>
  );
}
