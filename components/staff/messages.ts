import "server-only";
import { getMessages } from "next-intl/server";
import type { Messages } from "@/i18n/messages";

/** Client components only get the strings they use; the rest stays on the server. */
export async function pickMessages<K extends keyof Messages>(keys: K[]): Promise<Pick<Messages, K>> {
  const all = (await getMessages()) as Messages;
  return Object.fromEntries(keys.map((key) => [key, all[key]])) as Pick<Messages, K>;
}
