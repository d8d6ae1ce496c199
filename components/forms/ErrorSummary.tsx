"use client";

import { useEffect, useRef } from "react";
import { useFormContext } from "./FormContext";
import { errorText } from "./styles";

type Props = {
  title: string;
  /** Field name → its label: each invalid field in this list gets a link to it. */
  labels: Readonly<Record<string, string>>;
  /** For a GET form; inside an action form the errors come from its state. */
  errors?: Readonly<Record<string, string | undefined>>;
};

/**
 * The top of a form after a failed submit: a link to every field that needs attention.
 * It takes the focus, after a round trip without JavaScript too (autofocus), so keyboard
 * and screen reader users start here. Links name the field; the message is at the field.
 */
export function ErrorSummary({ title, labels, errors: given }: Props) {
  const { state, idPrefix } = useFormContext();
  const errors = given ?? state.errors ?? {};
  const invalid = Object.keys(labels).filter((name) => errors[name]);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (invalid.length > 0) box.current?.focus();
    // A new state object is a new submit: focus again even when the same fields fail.
  }, [state, invalid.length]);
  if (invalid.length === 0) return null;
  return (
    // eslint-disable-next-line jsx-a11y/no-autofocus -- the error summary pattern: without JavaScript only autofocus brings users to it
    <div ref={box} role="alert" tabIndex={-1} autoFocus aria-labelledby={`${idPrefix}error-summary`} className={`flex flex-col gap-2 ${errorText}`}>
      <p id={`${idPrefix}error-summary`}>{title}</p>
      <ul className="list-disc pl-6">
        {invalid.map((name) => (
          <li key={name}>
            <a href={`#${idPrefix}${name}`}>{labels[name]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
