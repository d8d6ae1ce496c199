import type { PrismaClient } from "@/lib/generated/prisma/client";
import { errorFields, log } from "@/lib/log";
import { deliverDue, purgeOutbox } from "./outbox";
import { sendMail } from "./smtp";

/**
 * The outbox's worker in the serving process (started by lib/server/boot.ts when
 * SMTP_URL is set): every MAIL_INTERVAL_SECONDS it sends what is due and removes old
 * sent mails. Every server runs one; the claim in `outbox.ts` keeps them from sending a
 * mail twice. A run never overlaps the previous one, and a slow mail server only slows
 * this timer, never a page.
 */
export function startOutboxWorker(prisma: PrismaClient, smtp: { url: string; from: string }, intervalSeconds: number): NodeJS.Timeout {
  let busy = false;
  const run = async () => {
    if (busy) return;
    busy = true;
    try {
      const counts = await deliverDue(prisma, (mail) => sendMail(smtp.url, { ...mail, from: smtp.from }));
      if (counts.sent + counts.retrying + counts.failed > 0) log().info({ event: "mail outbox", ...counts }, "sent the notices that were due");
      await purgeOutbox(prisma);
    } catch (error) {
      log().error({ event: "mail outbox failed", ...errorFields(error) }, "the mail outbox could not be read");
    } finally {
      busy = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), intervalSeconds * 1000);
  timer.unref();
  return timer;
}
