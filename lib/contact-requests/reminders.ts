import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { schedulePeriodic } from "@/lib/rate-limit/periodic-job";
import { recordEvent } from "./events";
import { isOverdue, WAITING_STATUSES } from "./overdue";

/**
 * The reminder job: a request still new or opened after REMINDER_WORKING_DAYS working
 * days (overdue.ts) gets `overdueNoticeAt` and an `overdue` step by the portal itself,
 * whose notice (notices.ts) tells a handover's follower, or for a resident's own request
 * the organization, once. The stamp is set only where it is still empty, in the same
 * transaction as the step, so two servers or two runs never tell twice. `now` is a
 * parameter so tests set the clock.
 */
export async function remindOverdue(prisma: PrismaClient, now = new Date(), reminderDays = env().reminderWorkingDays): Promise<number> {
  // A cheap first cut on calendar time (with room for a day boundary); the working-day rule decides.
  const latest = new Date(now.getTime() - (reminderDays - 1) * 86_400_000 + 3 * 3_600_000);
  const waiting = await prisma.contactRequest.findMany({
    where: { status: { in: [...WAITING_STATUSES] }, overdueNoticeAt: null, erasedAt: null, createdAt: { lte: latest } },
    select: { id: true, status: true, createdAt: true },
  });
  let told = 0;
  for (const request of waiting.filter((r) => isOverdue(r, reminderDays, now))) {
    const stamped = await prisma.$transaction(async (tx) => {
      const { count } = await tx.contactRequest.updateMany({
        where: { id: request.id, overdueNoticeAt: null, status: { in: [...WAITING_STATUSES] } },
        data: { overdueNoticeAt: now },
      });
      if (count === 1) await recordEvent(tx, { requestId: request.id, kind: "overdue", actor: null }, now);
      return count;
    });
    told += stamped;
  }
  return told;
}

/** Every REMINDER_INTERVAL_SECONDS, on one server per period (lib/rate-limit/periodic-job.ts). */
export function scheduleReminders(prisma: PrismaClient, intervalSeconds = env().reminderIntervalSeconds): NodeJS.Timeout {
  return schedulePeriodic(prisma, "overdue-reminders", intervalSeconds, async (now) => {
    const told = await remindOverdue(prisma, now);
    if (told > 0) log().info({ event: "overdue reminders", requests: told }, "marked waiting requests overdue and queued their reminders");
  });
}
