import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { roleActionName } from "@/lib/actions/builders";
import { IDLE, type FormAction, type FormState } from "@/lib/actions/form-state";
import { keptValues } from "@/lib/actions/kept-input";
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
 *
 * A staff form whose post found the session ended starts again with what was typed, once
 * its user has signed in again (lib/actions/kept-input.ts). Only a role action's form
 * looks for that, so residents' pages read no cookie here.
 */
export async function ActionForm({ action, labels = {}, idPrefix = "", heading, hideWhenDone = false, className = "flex flex-col gap-6", children }: Props) {
  const t = await getTranslations("Forms");
  const name = roleActionName(action);
  const kept = name ? await keptValues(name, idPrefix) : null;
  const initial: FormState = kept ? { status: "idle", message: t("kept"), values: kept } : IDLE;
  return (
    <ActionFormShell action={action} initial={initial} summaryTitle={t("summaryTitle")} titleErrorPrefix={t("titleError")} labels={labels} idPrefix={idPrefix} heading={heading} hideWhenDone={hideWhenDone} className={className}>
      {children}
    </ActionFormShell>
  );
}
