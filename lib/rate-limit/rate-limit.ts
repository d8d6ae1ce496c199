import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Fixed-window rate limits kept in the database, so every process (and every server
 * behind a load balancer) counts the same. `key` names what is limited and for whom,
 * e.g. `error-report:ip:203.0.113.9`; keys hold no personal data beyond that.
 */
export type Limit = { max: number; windowSeconds: number };

export type LimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number; /** The first refusal of this window. */ firstRefusal?: boolean };

export async function hit(prisma: PrismaClient, key: string, limit: Limit, now = new Date()): Promise<LimitResult> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const expiresAt = new Date(windowStart.getTime() + windowMs);
  // One statement: a new window resets the count, the same window adds one. Safe under concurrency.
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    insert into "RateLimitBucket" ("key", "windowStart", "count", "expiresAt")
    values (${key}, ${windowStart}, 1, ${expiresAt})
    on conflict ("key") do update set
      "count" = case when "RateLimitBucket"."windowStart" = excluded."windowStart" then "RateLimitBucket"."count" + 1 else 1 end,
      "windowStart" = excluded."windowStart",
      "expiresAt" = excluded."expiresAt"
    returning "count"`;
  const count = Number(rows[0]?.count ?? 1);
  return {
    allowed: count <= limit.max,
    firstRefusal: count === limit.max + 1,
    remaining: Math.max(0, limit.max - count),
    retryAfterSeconds: Math.ceil((expiresAt.getTime() - now.getTime()) / 1000),
  };
}

/**
 * Claims `key` for `seconds` from now: true the first time, false while the claim holds
 * (a sliding "once per period", e.g. one count per visit). One statement, safe under concurrency.
 */
export async function claim(prisma: PrismaClient, key: string, seconds: number, now = new Date()): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + seconds * 1000);
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    insert into "RateLimitBucket" ("key", "windowStart", "count", "expiresAt")
    values (${key}, ${now}, 1, ${expiresAt})
    on conflict ("key") do update set "windowStart" = excluded."windowStart", "count" = 1, "expiresAt" = excluded."expiresAt"
      where "RateLimitBucket"."expiresAt" <= excluded."windowStart"
    returning "count"`;
  return rows.length > 0;
}

/** Checks without counting, e.g. to show a sign-in form as blocked. */
export async function peek(prisma: PrismaClient, key: string, limit: Limit, now = new Date()): Promise<LimitResult> {
  const bucket = await prisma.rateLimitBucket.findUnique({ where: { key } });
  const current = bucket && bucket.expiresAt > now ? bucket.count : 0;
  const retry = bucket && bucket.expiresAt > now ? Math.ceil((bucket.expiresAt.getTime() - now.getTime()) / 1000) : 0;
  return { allowed: current < limit.max, remaining: Math.max(0, limit.max - current), retryAfterSeconds: retry };
}

/** Clears a key, e.g. after a successful sign-in. */
export async function reset(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.rateLimitBucket.deleteMany({ where: { key } });
}

/** Marks a key for `seconds` from now (e.g. an address an account signed in from); the hourly sweep removes it after. */
export async function remember(prisma: PrismaClient, key: string, seconds: number, now = new Date()): Promise<void> {
  const expiresAt = new Date(now.getTime() + seconds * 1000);
  await prisma.rateLimitBucket.upsert({ where: { key }, create: { key, windowStart: now, count: 0, expiresAt }, update: { windowStart: now, expiresAt } });
}

export async function isRemembered(prisma: PrismaClient, key: string, now = new Date()): Promise<boolean> {
  const bucket = await prisma.rateLimitBucket.findUnique({ where: { key } });
  return bucket !== null && bucket.expiresAt > now;
}

/** Removes buckets whose window has passed: their keys hold visitors' addresses. */
export async function sweep(prisma: Prisma.TransactionClient, now = new Date()): Promise<number> {
  return (await prisma.rateLimitBucket.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
