"use client";

import { describedBy, useField } from "./FormContext";
import { FieldFrame } from "./FieldFrame";
import { control, controlWidth } from "./styles";

export type SelectOption = { value: string; label: string };

type Props = {
  name: string;
  label: string;
  options: readonly SelectOption[];
  /** The first option, meaning "no choice" (value ""). */
  emptyLabel?: string;
  hint?: string;
  id?: string;
  defaultValue?: string;
  error?: string;
  asPageHeading?: boolean;
};

/** A labelled select; its hint and error are tied to it with aria-describedby. */
export function SelectField({ name, label, options, emptyLabel, hint, defaultValue, error: givenError, asPageHeading, ...rest }: Props) {
  const { id, error, value, hintId, errorId } = useField(name, { id: rest.id, error: givenError, defaultValue });
  return (
    <FieldFrame id={id} label={label} hint={hint} hintId={hintId} error={error} errorId={errorId} asPageHeading={asPageHeading}>
      {/* React keeps a select's first default when it re-renders, and resets the form to it
          after an action: a new key for the value given back makes that value the default. */}
      <select
        key={value ?? ""}
        id={id}
        name={name}
        defaultValue={value ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
        className={`${control} ${controlWidth.auto}`}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
