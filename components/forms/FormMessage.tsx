"use client";

import { useFormContext } from "./FormContext";

/** The form's message after a submit, announced politely; the live region is there from the start so it is heard. */
export function FormMessage() {
  const { state, idPrefix } = useFormContext();
  const tone = state.status === "done" ? "border-independent text-independent" : "border-notice";
  return (
    <div id={`${idPrefix}form-message`} role="status" aria-live="polite" className={state.message ? `border-l-4 pl-3 text-lg font-bold ${tone}` : undefined}>
      {state.message}
    </div>
  );
}
