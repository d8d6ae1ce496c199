"use client";

import { createContext, useContext } from "react";
import { IDLE, type FormState } from "@/lib/actions/form-state";

/**
 * The state of the action form around a field (components/forms/ActionFormShell.tsx), so
 * fields show their own error and what was typed without the form passing it down. A
 * field outside an action form (a GET form) gets its error and value as props.
 */
type FormContextValue = { state: FormState; idPrefix: string };

export const FormContext = createContext<FormContextValue>({ state: IDLE, idPrefix: "" });

export function useFormContext(): FormContextValue {
  return useContext(FormContext);
}

type FieldOptions = { id?: string; error?: string; defaultValue?: string };

/** The id, error and current value of the field `name`; ids of its hint and error follow from the id. */
export function useField(name: string, options: FieldOptions = {}) {
  const { state, idPrefix } = useFormContext();
  const id = options.id ?? `${idPrefix}${name}`;
  const error = options.error ?? state.errors?.[name];
  const value = state.values?.[name] ?? options.defaultValue;
  return { id, error, value, typed: state.values !== undefined, hintId: `${id}-hint`, errorId: `${id}-error` };
}

/** aria-describedby from the ids that exist: hint first, then the error, then any extra text. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}
