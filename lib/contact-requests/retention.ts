import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * Personal data is kept only as long as needed: RETENTION_DAYS (env().retentionDays,
 * checked at start) after a request was closed or declined, and for residents' own
 * requests that long after they were sent, whatever their status. The request itself
 * stays, without the person.
 */
export async function purgePersonalData(prisma: PrismaClient, days: number, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - days * 86_400_000);
  const result = await prisma.contactRequest.updateMany({
    where: {
      erasedAt: null,
      OR: [
        { status: "closed", closedAt: { lte: before } },
        { status: "declined", declinedAt: { lte: before } },
        { origin: "resident", createdAt: { lte: before } },
      ],
    },
    data: {
      residentName: null,
      residentPhone: null,
      residentEmail: null,
      question: null,
      preferredContact: null,
      declineReason: null,
      erasedAt: now,
      version: { increment: 1 },
    },
  });
  if (result.count > 0) {
    await prisma.auditEvent.create({
      data: { actorUserId: null, action: "contact.erase", subjectType: "ContactRequest", subjectId: "*", details: { count: result.count, days } },
    });
  }
  return result.count;
}

/** Runs the purge now and then every hour in the serving process; errors are logged, never fatal. */
export function scheduleRetention(prisma: PrismaClient, days = env().retentionDays): NodeJS.Timeout {
  const run = () =>
    purgePersonalData(prisma, days).then(
      (count) => count > 0 && console.log(`[portal] erased personal data of ${count} contact request(s) older than ${days} days.`),
      (error) => console.error("[portal] erasing old personal data failed:", error),
    );
  void run();
  const timer = setInterval(run, 3600_000);
  timer.unref();
  return timer;
}
