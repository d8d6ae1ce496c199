import type { ReactNode } from "react";

type Props = {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
};

/** A labelled form field whose error and hint are tied to the control with aria-describedby. */
export function Field({ id, label, error, hint, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mt-5">
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-ink-secondary">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 border-l-4 border-notice pl-2 font-bold text-notice">
          {error}
        </p>
      ) : null}
      {children(describedBy, !!error)}
    </div>
  );
}

export const inputClass = "mt-1 block w-full max-w-prose rounded border-2 border-line bg-canvas px-3 py-2 text-base text-ink";
export const buttonClass = "mt-6 rounded bg-primary px-5 py-2 font-bold text-primary-contrast hover:bg-link-hover";
export const secondaryButtonClass = "rounded border-2 border-primary bg-canvas px-4 py-1 font-bold text-primary hover:underline";
