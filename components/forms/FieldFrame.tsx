import type { ReactNode } from "react";
import { errorText, hintText, pageHeading } from "./styles";

type Props = {
  id: string;
  label: string;
  hint?: ReactNode;
  hintId: string;
  error?: string;
  errorId: string;
  /** The question is the page's main heading (the vraagwijzer asks one per page). */
  asPageHeading?: boolean;
  children: ReactNode;
};

/** Label, hint and error of one control, in the order a screen reader meets them. */
export function FieldFrame({ id, label, hint, hintId, error, errorId, asPageHeading, children }: Props) {
  const labelElement = (
    <label htmlFor={id} className={asPageHeading ? undefined : "font-bold"}>
      {label}
    </label>
  );
  return (
    <div className="flex flex-col gap-2">
      {asPageHeading ? <h1 className={pageHeading}>{labelElement}</h1> : labelElement}
      {hint ? (
        <p id={hintId} className={hintText}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className={errorText}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
