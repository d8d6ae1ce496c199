import { deleteExpiredDrafts } from "@/lib/auth/form-drafts";
import { eraseOldLinkRequests } from "@/lib/auth/oidc-links";
import { deleteExpiredSessions } from "@/lib/auth/session";
import { purgePersonalData } from "@/lib/contact-requests/retention";
import { eraseOldReports } from "@/lib/error-reports/erase-old-reports";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { claimPeriod, schedulePeriodic } from "@/lib/rate-limit/periodic-job";
import { sweep } from "@/lib/rate-limit/rate-limit";
import { log } from "@/lib/log";

/**
 * Everything personal the portal keeps goes on one schedule (hourly by default): residents' data in contact
 * requests and error reports RETENTION_DAYS after the rules of each, rate-limit rows
 * (visitors' addresses) and sessions (user agents) as soon as they expire, and requests to
 * link an identity that no administrator decided on after RETENTION_DAYS, and forms kept
 * after a session ended (lib/auth/form-drafts.ts) once their half hour is over.
 */
export type PurgeCounts = { contactRequests: number; errorReports: number; rateLimits: number; sessions: number; linkRequests: number; formDrafts: number };

// Any fixed number, the same in every server: the key of the purge's advisory lock.
const PURGE_LOCK_KEY = 7_311_202_612;

/**
 * One run, in one transaction that first takes a transaction-level advisory lock: when
 * several servers share a PostgreSQL database, one purges and the others skip (null).
 * The transaction-level lock is the pooled-connection-safe form of pg_try_advisory_lock:
 * it is released with the transaction on the connection that took it.
 */
export async function purgeEverything(prisma: PrismaClient, days: number, now = new Date()): Promise<PurgeCounts | null> {
  return prisma.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${PURGE_LOCK_KEY}::bigint) AS locked`;
      if (!lock?.locked) return null;
      return {
        contactRequests: await purgePersonalData(tx, days, now),
        errorReports: await eraseOldReports(tx, days, now),
        rateLimits: await sweep(tx, now),
        sessions: await deleteExpiredSessions(tx, now),
        linkRequests: await eraseOldLinkRequests(tx, days, now),
        formDrafts: await deleteExpiredDrafts(tx, now),
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

// The lease of one period (lib/rate-limit/periodic-job.ts).
const PURGE_JOB = "retention-purge";

/** This period's purge for this server (true), or another server's (false). */
export function claimPurgePeriod(prisma: PrismaClient, intervalSeconds: number, now = new Date()): Promise<boolean> {
  return claimPeriod(prisma, PURGE_JOB, intervalSeconds, now);
}

/**
 * Runs the purge now and then every RETENTION_INTERVAL_SECONDS (an hour) in the serving
 * process, when this server holds the period's lease; errors are logged, never fatal.
 */
export function scheduleRetention(prisma: PrismaClient, days = env().retentionDays, intervalSeconds = env().retentionIntervalSeconds): NodeJS.Timeout {
  return schedulePeriodic(prisma, PURGE_JOB, intervalSeconds, async (period) => {
    const counts = await purgeEverything(prisma, days);
    if (!counts) return;
    log().info({ event: "retention purge", period: period.toISOString(), days, ...counts }, "erased personal data past the retention period");
  });
}
