"use client";

import { useLocale } from "next-intl";

/** Sends the page's language with a form: server actions cannot read it from the address (lib/actions/request-context.ts). */
export function LocaleField() {
  return <input type="hidden" name="locale" value={useLocale()} />;
}
