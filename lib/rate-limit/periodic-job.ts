import type { PrismaClient } from "@/lib/generated/prisma/client";
import { errorFields, log } from "@/lib/log";
import { claim } from "./rate-limit";

/**
 * Claims this period's run of job `name` for this server: true for the first server that
 * asks, false for every other server on the same database until the period has passed.
 * The lease is one row with the rate limits (`job:<name>`, no personal data).
 */
export function claimPeriod(prisma: PrismaClient, name: string, intervalSeconds: number, now = new Date()): Promise<boolean> {
  return claim(prisma, `job:${name}`, intervalSeconds, now);
}

/**
 * Runs `work` now and then every `intervalSeconds` in the serving process, on the one
 * server that holds the period's lease, so with several servers a job runs once per
 * period, not once per server. Errors are logged, never fatal; the timer does not keep
 * the process alive.
 */
export function schedulePeriodic(prisma: PrismaClient, name: string, intervalSeconds: number, work: (now: Date) => Promise<void>): NodeJS.Timeout {
  const run = async () => {
    try {
      const now = new Date();
      if (await claimPeriod(prisma, name, intervalSeconds, now)) await work(now);
    } catch (error) {
      log().error({ event: "job failed", job: name, ...errorFields(error) }, `the periodic job ${name} failed`);
    }
  };
  void run();
  const timer = setInterval(() => void run(), intervalSeconds * 1000);
  timer.unref();
  return timer;
}
