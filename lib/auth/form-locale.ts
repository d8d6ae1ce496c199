import { hasLocale } from "next-intl";
import { routing, type Locale } from "@/i18n/routing";

/**
 * The language of a submitted form. Server actions cannot read the [locale] segment
 * (next/root-params works only while rendering), so every form sends it along.
 */
export function formLocale(formData: FormData): Locale {
  const value = formData.get("locale");
  return hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}
