import type { ReactNode } from "react";
import { choiceInput, choiceLabel, errorText } from "./styles";

type Option = { value: string; label: string; hint?: string };
type Props = {
  name: string;
  type: "radio" | "checkbox";
  legend: ReactNode;
  hint?: string;
  options: readonly Option[];
  checked: readonly string[];
  error?: string;
  /** The question of the page is its main heading, inside the legend. */
  asPageHeading?: boolean;
};

/** A fieldset of radio buttons or checkboxes, each with its own label and optional example text. */
export function ChoiceList({ name, type, legend, hint, options, checked, error, asPageHeading = false }: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined} className="mt-6">
      <legend className="mb-2">
        {asPageHeading ? <h1 className="text-h2 sm:text-h1">{legend}</h1> : <span className="text-lg font-bold">{legend}</span>}
      </legend>
      {hint ? (
        <p id={hintId} className="mb-3 max-w-prose text-ink-secondary">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className={`mb-3 ${errorText}`}>
          {error}
        </p>
      ) : null}
      <ul className="flex flex-col gap-3">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <li key={option.value}>
              <label htmlFor={id} className={choiceLabel}>
                <input
                  id={id}
                  type={type}
                  name={name}
                  value={option.value}
                  defaultChecked={checked.includes(option.value)}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                  className={choiceInput}
                />
                <span>
                  <span className="font-bold">{option.label}</span>
                  {option.hint ? (
                    <span id={`${id}-hint`} className="block text-ink-secondary">
                      {option.hint}
                    </span>
                  ) : null}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
