/**
 * What every server action of the portal answers to its form: one shape for residents,
 * staff and admins. Messages are already in the form's language; `values` gives back
 * what was typed, because React empties a form after its action and without JavaScript
 * the page is rendered anew.
 */
export type FormStatus = "idle" | "done" | "invalid" | "refused" | "limited" | "failed";

export type FormState = {
  status: FormStatus;
  message?: string;
  /** Per field name: the message shown at the field and linked from the error summary. */
  errors?: Record<string, string>;
  values?: Record<string, string>;
  /**
   * Rows that explain the message, in the form's language: what another editor changed
   * when a save was refused (components/editor/ConflictDetails.tsx shows them).
   */
  details?: { label: string; before: string; after: string }[];
};

export const IDLE: FormState = { status: "idle" };

/** A server action as forms use it (React's useActionState). */
export type FormAction = (state: FormState, form: FormData) => Promise<FormState>;

/** Error codes from a domain module, worded by the form's messages. */
export function worded(errors: Partial<Record<string, string>>, word: (code: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).flatMap(([field, code]) => (code ? [[field, word(code)]] : [])));
}
