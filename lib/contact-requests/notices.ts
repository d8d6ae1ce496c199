import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContactEvent } from "./events";

/**
 * The notices one event of a request causes, written to the mail outbox in the caller's
 * transaction. (Being built in the notices work of issue 15; until then nothing is queued
 * and `notice.ts` still mails a resident's new request directly.)
 */
export async function queueNotices(_tx: Prisma.TransactionClient, _event: ContactEvent): Promise<void> {}
