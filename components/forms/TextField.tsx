"use client";

import type { HTMLInputTypeAttribute } from "react";
import { describedBy, useField } from "./FormContext";
import { FieldFrame } from "./FieldFrame";
import { control, controlWidth } from "./styles";

type Props = {
  name: string;
  label: string;
  hint?: string;
  /** More text that describes this field, e.g. a hint shared by two fields. */
  describedById?: string;
  id?: string;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  inputMode?: "numeric" | "tel" | "email" | "search" | "text";
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  width?: keyof typeof controlWidth;
  defaultValue?: string;
  /** For fields outside an action form; inside one the error comes from the form's state. */
  error?: string;
  asPageHeading?: boolean;
};

/** A labelled text input (or textarea) whose hint and error are tied to it with aria-describedby. */
export function TextField({ name, label, hint, describedById, rows, width = rows ? "full" : "auto", defaultValue, error: givenError, asPageHeading, ...rest }: Props) {
  const { id, error, value, hintId, errorId } = useField(name, { id: rest.id, error: givenError, defaultValue });
  const common = {
    id,
    name,
    defaultValue: value ?? "",
    maxLength: rest.maxLength,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(hint && hintId, error && errorId, describedById),
    className: `${control} ${controlWidth[width]}`,
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} hintId={hintId} error={error} errorId={errorId} asPageHeading={asPageHeading}>
      {rows ? (
        <textarea rows={rows} {...common} />
      ) : (
        <input type={rest.type ?? "text"} autoComplete={rest.autoComplete} inputMode={rest.inputMode} min={rest.min} max={rest.max} {...common} />
      )}
    </FieldFrame>
  );
}
