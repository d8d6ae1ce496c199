import type { Messages } from "./messages";
import type { routing } from "./routing";

// Makes `t("…")` keys and `useLocale()` type-checked against messages/nl.json.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: Messages;
  }
}
