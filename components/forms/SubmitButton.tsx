"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { button, type ButtonVariant } from "./styles";

type Props = {
  children: ReactNode;
  variant?: ButtonVariant;
  name?: string;
  value?: string | number;
  /** Send this button's form elsewhere (e.g. the vraagwijzer's last step posts to be counted). */
  formAction?: string;
  formMethod?: "get" | "post";
  /** The id of a form elsewhere on the page that this button submits. */
  form?: string;
  "aria-label"?: string;
  "aria-describedby"?: string;
};

/** A submit button of at least 44 × 44 px; disabled while its form's action runs, against double submits. */
export function SubmitButton({ children, variant = "primary", ...rest }: Props) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={`${button[variant]} self-start`} {...rest}>
      {children}
    </button>
  );
}
