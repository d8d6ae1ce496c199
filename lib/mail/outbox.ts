import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { errorFields, log } from "@/lib/log";
import type { Mail } from "./smtp";

/**
 * The mail outbox: a notice is a row written in the same transaction as the change it
 * tells about (a rolled-back change leaves no mail), and sent after the commit by the
 * worker in the serving process (`outbox-worker.ts`). Rows wait in the database, so a
 * restart loses nothing, and sending is never on a request's path. Several servers on one
 * database share the queue: each claims due rows with FOR UPDATE SKIP LOCKED and a
 * `claimedUntil`, so a row goes out once.
 */
export type QueuedMail = Omit<Mail, "from"> & { topic: string };

/** Minutes to wait after the 1st, 2nd, … failed attempt; after the last, the mail is given up. */
export const RETRY_MINUTES = [1, 5, 15, 60, 240] as const;
export const MAX_ATTEMPTS = RETRY_MINUTES.length + 1;
/** How long a claimed row is this server's: longer than one SMTP conversation can take. */
const CLAIM_SECONDS = 300;
/** Sent mails are kept this long (to answer "was it sent?"), given-up ones a while longer. */
export const KEEP_SENT_DAYS = 7;
export const KEEP_FAILED_DAYS = 30;

export async function enqueueMail(tx: Prisma.TransactionClient, mails: readonly QueuedMail[], now = new Date()): Promise<void> {
  if (mails.length === 0) return;
  await tx.mailOutbox.createMany({ data: mails.map((mail) => ({ ...mail, createdAt: now, nextAttemptAt: now })) });
}

type Claimed = { id: string; to: string; subject: string; text: string; topic: string | null; attempts: number };

/** Takes up to `limit` due rows for this server; a row another server holds is skipped, not waited for. */
export function claimDue(prisma: PrismaClient, now = new Date(), limit = 20): Promise<Claimed[]> {
  const until = new Date(now.getTime() + CLAIM_SECONDS * 1000);
  return prisma.$queryRaw<Claimed[]>`
    update "MailOutbox" set "claimedUntil" = ${until}, "attempts" = "attempts" + 1
    where "id" in (
      select "id" from "MailOutbox"
      where "sentAt" is null and "failedAt" is null and "nextAttemptAt" <= ${now}
        and ("claimedUntil" is null or "claimedUntil" <= ${now})
      order by "nextAttemptAt"
      limit ${limit}
      for update skip locked)
    returning "id", "to", "subject", "text", "topic", "attempts"`;
}

export type DeliveryCounts = { sent: number; retrying: number; failed: number };

/**
 * Sends what is due: a sent row gets `sentAt`; a failed one waits RETRY_MINUTES before
 * its next attempt and after MAX_ATTEMPTS gets `failedAt` and a log line (its id and
 * topic, never its recipient or text).
 */
export async function deliverDue(prisma: PrismaClient, send: (mail: Omit<Mail, "from">) => Promise<void>, now = new Date()): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, retrying: 0, failed: 0 };
  for (const row of await claimDue(prisma, now)) {
    try {
      await send({ to: row.to, subject: row.subject, text: row.text });
      await prisma.mailOutbox.update({ where: { id: row.id }, data: { sentAt: new Date(), claimedUntil: null, lastError: null } });
      counts.sent++;
    } catch (error) {
      const lastError = error instanceof Error ? error.message.slice(0, 500) : String(error);
      if (row.attempts >= MAX_ATTEMPTS) {
        await prisma.mailOutbox.update({ where: { id: row.id }, data: { failedAt: new Date(), claimedUntil: null, lastError } });
        log().error({ event: "mail given up", mailId: row.id, topic: row.topic, attempts: row.attempts, ...errorFields(error) }, "a notice could not be sent and is given up");
        counts.failed++;
      } else {
        const pause = RETRY_MINUTES[row.attempts - 1]! * 60_000;
        await prisma.mailOutbox.update({ where: { id: row.id }, data: { nextAttemptAt: new Date(now.getTime() + pause), claimedUntil: null, lastError } });
        log().warn({ event: "mail retry", mailId: row.id, topic: row.topic, attempts: row.attempts, ...errorFields(error) }, "a notice could not be sent yet; it is tried again later");
        counts.retrying++;
      }
    }
  }
  return counts;
}

/** Removes sent mails after KEEP_SENT_DAYS and given-up ones after KEEP_FAILED_DAYS. */
export async function purgeOutbox(prisma: PrismaClient, now = new Date()): Promise<number> {
  const before = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const { count } = await prisma.mailOutbox.deleteMany({
    where: { OR: [{ sentAt: { lt: before(KEEP_SENT_DAYS) } }, { failedAt: { lt: before(KEEP_FAILED_DAYS) } }] },
  });
  return count;
}
