"use client";

import { describedBy, useField } from "./FormContext";
import { choiceBox, errorText } from "./styles";

type Props = {
  name: string;
  label: string;
  value?: string;
  defaultChecked?: boolean;
  id?: string;
  /** Text elsewhere on the page that this box agrees to or explains. */
  describedById?: string;
  error?: string;
  strong?: boolean;
};

/** One checkbox with its label; an error sits above it and is tied to it. */
export function CheckboxField({ name, label, value = "yes", defaultChecked = false, describedById, error: givenError, strong, ...rest }: Props) {
  const { id, error, value: typed, errorId } = useField(name, { id: rest.id, error: givenError, defaultValue: defaultChecked ? value : "" });
  return (
    <div className="flex flex-col gap-2">
      {error ? (
        <p id={errorId} className={errorText}>
          {error}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={typed === value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(describedById, error && errorId)}
          className={choiceBox}
        />
        <label htmlFor={id} className={strong ? "font-bold" : undefined}>
          {label}
        </label>
      </div>
    </div>
  );
}
