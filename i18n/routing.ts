import { defineRouting } from "next-intl/routing";

/**
 * Dutch first: the portal is for Dutch municipalities and `nl` is the language every
 * catalogue entry is guaranteed to have. Every URL carries its locale (`/nl/…`, `/en/…`)
 * so a shared or bookmarked link always opens in the language it was sent in.
 */
export const routing = defineRouting({
  locales: ["nl", "en"],
  defaultLocale: "nl",
  localePrefix: "always",
  // No cookie: `/` is decided by the browser's Accept-Language alone, and resident
  // pages set no cookies at all, which keeps the privacy statement simple.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
