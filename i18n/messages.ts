import { messagesByLocale, type Messages } from "@/messages";
import type { Locale } from "./routing";

export type { Messages };

export function loadMessages(locale: Locale): Promise<Messages> {
  return Promise.resolve(messagesByLocale[locale]);
}
