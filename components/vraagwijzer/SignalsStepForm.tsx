"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { IDLE, type FormAction } from "@/lib/actions/form-state";
import { button } from "@/components/forms/styles";
import { LocaleField } from "@/components/forms/LocaleField";

type Props = {
  /** lib/actions/resident-actions.ts, chooseSignals. */
  action: FormAction;
  /** The crisis numbers, rendered on the server, shown when danger was ticked. */
  crisis: ReactNode;
  crisisTitle: string;
  continueLabel: string;
  className?: string;
  children: ReactNode;
};

/**
 * The signals page posts instead of going on by address, so the danger answer stays out
 * of every URL. With danger the crisis numbers take the question's place (also without
 * JavaScript: the page comes back from the post), with a link on that carries the other
 * answers only. Otherwise the action sends the resident to the next page.
 */
export function SignalsStepForm({ action, crisis, crisisTitle, continueLabel, className, children }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const next = state.status === "done" ? state.values?.next : undefined;
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!next) return;
    // With JavaScript the page is not reloaded: say what changed, and start reading there.
    const before = document.title;
    document.title = crisisTitle;
    panel.current?.focus();
    return () => {
      document.title = before;
    };
  }, [next, crisisTitle]);
  if (next) {
    return (
      <div ref={panel} tabIndex={-1} className="focus:outline-none">
        {crisis}
        <p className="mt-6">
          <a href={next} className={button.primary}>
            {continueLabel}
          </a>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} className={className} noValidate>
      <LocaleField />
      {state.message ? (
        <p role="alert" className="mb-4 border-l-4 border-notice pl-3 font-bold text-notice">
          {state.message}
        </p>
      ) : null}
      {children}
    </form>
  );
}
