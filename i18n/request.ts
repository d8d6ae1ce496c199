import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { locale as localeParam } from "next/root-params";
import { loadMessages } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ locale: override, requestLocale }) => {
  // In order: an explicit locale (the language switch names each language in itself);
  // the [locale] segment; outside that segment (the global 404 page) the locale that
  // proxy.ts found in the address. Anything unknown falls back to Dutch.
  const requested = override ?? (await localeParam()) ?? (await requestLocale);
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: "Europe/Amsterdam",
  };
});
