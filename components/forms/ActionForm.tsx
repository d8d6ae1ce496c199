import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/form-state";
import { ActionFormShell } from "./ActionFormShell";

type Props = {
  /** A server action from lib/actions (*-actions.ts). */
  action: FormAction;
  /** Field name → label, for the error summary's links. */
  labels?: Readonly<Record<string, string>>;
  /** Makes field ids unique when one page has several of the same form. */
  idPrefix?: string;
  /** Shown above the form's message (a heading the message belongs to). */
  heading?: ReactNode;
  /** After success only the message stays, e.g. "sent". */
  hideWhenDone?: boolean;
  className?: string;
  children?: ReactNode;
};

/**
 * Every form that posts to a server action: the hidden language field, the message
 * (aria-live), the error summary, then the fields from components/forms. Forms are
 * server components that take their strings with useTranslations and pass them down.
 */
export function ActionForm({ action, labels = {}, idPrefix = "", heading, hideWhenDone = false, className = "flex flex-col gap-6", children }: Props) {
  const t = useTranslations("Forms");
  return (
    <ActionFormShell action={action} summaryTitle={t("summaryTitle")} titleErrorPrefix={t("titleError")} labels={labels} idPrefix={idPrefix} heading={heading} hideWhenDone={hideWhenDone} className={className}>
      {children}
    </ActionFormShell>
  );
}
