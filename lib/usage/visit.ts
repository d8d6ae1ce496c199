import { createHmac, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { claim, hit, type Limit } from "@/lib/rate-limit/rate-limit";
import { usageDay } from "./day";

/**
 * Counting once per visit, without cookies and without keeping an address. A visit is one
 * address for VISIT_SECONDS from its first count. The address becomes a key by a keyed hash
 * whose salt lives only in this process's memory and is renewed every day, so the key in
 * the rate-limit table cannot be turned back into an address; the hourly purge erases it.
 * UsageCount itself never sees the address.
 */
export const VISIT_SECONDS = 30 * 60;
/** However fast a script posts from one address, no more than this many counts an hour. */
export const COUNTS_PER_ADDRESS: Limit = { max: 20, windowSeconds: 3600 };

/** What one visit counts once: the suggestions, the crisis numbers, a chosen service. */
export type Counted = "suggestions" | "crisis" | `choice:${string}`;

let salt = { day: "", key: Buffer.alloc(0) };

export function addressKey(address: string, now = new Date()): string {
  const day = usageDay(now).toISOString().slice(0, 10);
  if (salt.day !== day) salt = { day, key: randomBytes(32) };
  return createHmac("sha256", salt.key).update(address).digest("base64url").slice(0, 22);
}

/** True when this event counts: the first of its kind in this visit, and within the address's limit. */
export async function countsOnce(prisma: PrismaClient, address: string, what: Counted, now = new Date()): Promise<boolean> {
  const key = addressKey(address, now);
  if (!(await claim(prisma, `usage:visit:${key}:${what}`, VISIT_SECONDS, now))) return false;
  return (await hit(prisma, `usage:address:${key}`, COUNTS_PER_ADDRESS, now)).allowed;
}
