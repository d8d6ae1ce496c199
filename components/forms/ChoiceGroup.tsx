"use client";

import type { ReactNode } from "react";
import { describedBy, useField } from "./FormContext";
import { choiceBox, choiceCard, errorText, hintText, pageHeading } from "./styles";

export type Choice = { value: string; label: string; hint?: string };

type Props = {
  name: string;
  type: "radio" | "checkbox";
  legend: ReactNode;
  hint?: string;
  options: readonly Choice[];
  /** The values chosen before; inside an action form the typed value wins after a round trip. */
  checked: readonly string[];
  error?: string;
  /** The question is the page's main heading, inside the legend (the vraagwijzer). */
  asPageHeading?: boolean;
  /** Cards with a border (the vraagwijzer) or a plain list (filters, staff forms). */
  look?: "card" | "plain";
};

/** A fieldset of radio buttons or checkboxes, each with its own label and optional example text. */
export function ChoiceGroup({ name, type, legend, hint, options, checked, error: givenError, asPageHeading = false, look = "plain" }: Props) {
  const { id, error, value, typed, hintId, errorId } = useField(name, { error: givenError });
  // After a round trip the typed choice wins; checkboxes come back as one comma-separated value.
  const chosen = !typed ? checked : type === "radio" ? [value ?? ""] : value === undefined ? checked : value.split(",");
  if (options.length === 0) return null;
  return (
    <fieldset id={id} aria-describedby={describedBy(hint && hintId, error && errorId)} className="flex flex-col gap-2">
      <legend className="mb-2">
        {asPageHeading ? <h1 className={pageHeading}>{legend}</h1> : <span className="font-bold">{legend}</span>}
      </legend>
      {hint ? (
        <p id={hintId} className={`mb-1 max-w-prose ${hintText}`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className={`mb-1 ${errorText}`}>
          {error}
        </p>
      ) : null}
      <ul className={`flex flex-col ${look === "card" ? "gap-3" : "gap-2"}`}>
        {options.map((option) => {
          const optionId = `${id}-${option.value || "none"}`;
          // The input inside its label needs no id of its own, unless a hint must point at it.
          const linked = look === "card" || option.hint ? optionId : undefined;
          return (
            <li key={option.value}>
              <label htmlFor={linked} className={look === "card" ? choiceCard : "choice"}>
                <input
                  id={linked}
                  type={type}
                  name={name}
                  value={option.value}
                  defaultChecked={chosen.includes(option.value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  className={look === "card" ? choiceBox : undefined}
                />
                {/* A plain list of many options (the directory's filters) gets the lightest markup. */}
                {look === "plain" && !option.hint ? (
                  <span>{option.label}</span>
                ) : (
                  <span>
                    <span className={look === "card" ? "font-bold" : undefined}>{option.label}</span>
                    {option.hint ? (
                      <span id={`${optionId}-hint`} className={`block ${hintText}`}>
                        {option.hint}
                      </span>
                    ) : null}
                  </span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
