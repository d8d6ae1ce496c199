import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hit, isRemembered, peek, remember, reset, type Limit } from "@/lib/rate-limit/rate-limit";
import { env } from "@/lib/env";
import { decoyHash, verifyPasswordOrBusy } from "./password";
import { pendingStep } from "./pending";
import type { PendingStep } from "./roles";
import { securityEvent } from "./security-events";
import { createSession, endSession, sessionId } from "./session";

/**
 * Password sign-in. Every failure gives the same answer after the same work, so the form
 * never tells whether an account exists. The limits are checked before the costly
 * password hash, and only a few hashes run at once.
 *
 * No stranger can lock an account's owner out: failures count per account *and address*
 * (PAIR_LIMIT), so someone elsewhere uses up only their own tries. The slower limit per
 * account (ACCOUNT_LIMIT, which bounds guessing from many addresses) counts only tries
 * from addresses the account has not signed in from in the last KNOWN_ADDRESS_DAYS days:
 * the owner at their usual place is never held back by it. Only failed tries count: a
 * successful sign-in never uses up the per-address limit, so colleagues behind one
 * office address cannot lock each other out.
 */
export const PAIR_LIMIT: Limit = { max: 5, windowSeconds: 15 * 60 };
export const ACCOUNT_LIMIT: Limit = { max: 20, windowSeconds: 60 * 60 };
export const ADDRESS_LIMIT: Limit = { max: 30, windowSeconds: 15 * 60 };
export const KNOWN_ADDRESS_DAYS = 30;
/** The password was right; the second factor must follow within this time. */
export const SECOND_FACTOR_MINUTES = 10;

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; userId: string; role: string; pending: PendingStep | null }
  | { ok: false; reason: "invalid" | "limited" };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const digest = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 32);

// Keys hold hashes, not the e-mail address; the address is in the per-address key only, as before.
export const signInKeys = {
  account: (email: string) => `sign-in:account:${digest(normaliseEmail(email))}`,
  pair: (email: string, ip: string) => `sign-in:pair:${digest(`${normaliseEmail(email)}|${ip}`)}`,
  known: (email: string, ip: string) => `sign-in:known:${digest(`known|${normaliseEmail(email)}|${ip}`)}`,
  address: (ip: string) => `sign-in:ip:${ip}`,
};

type Counted = { name: string; key: string; limit: Limit };

/** The limits a try from this address for this account falls under (per account only from an address it has not used). */
async function limitsOf(prisma: PrismaClient, email: string, ip: string, now: Date): Promise<Counted[]> {
  const known = await isRemembered(prisma, signInKeys.known(email, ip), now);
  const limits: Counted[] = [
    { name: "pair", key: signInKeys.pair(email, ip), limit: PAIR_LIMIT },
    { name: "address", key: signInKeys.address(ip), limit: ADDRESS_LIMIT },
  ];
  if (!known) limits.push({ name: "account", key: signInKeys.account(email), limit: ACCOUNT_LIMIT });
  return limits;
}

/**
 * Only failures count (countFailure): a right password never uses up a limit, so one
 * office behind one address is never locked out by its own colleagues signing in. A try
 * while a limit is used up is counted as well, which tells its window's first refusal.
 */
async function refusal(prisma: PrismaClient, limits: readonly Counted[], now: Date): Promise<{ refused: string; firstRefusal: boolean } | null> {
  const looks = await Promise.all(limits.map((l) => peek(prisma, l.key, l.limit, now)));
  const over = limits.filter((_, index) => !looks[index]?.allowed);
  if (over.length === 0) return null;
  const counted = await Promise.all(over.map((l) => hit(prisma, l.key, l.limit, now)));
  return { refused: over[0]!.name, firstRefusal: counted.some((result) => result.firstRefusal === true) };
}

async function countFailure(prisma: PrismaClient, limits: readonly Counted[], now: Date): Promise<void> {
  await Promise.all(limits.map((l) => hit(prisma, l.key, l.limit, now)));
}

export async function signIn(
  prisma: PrismaClient,
  input: { email: string; password: string; ip: string; userAgent?: string | null },
  now = new Date(),
): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const limits = await limitsOf(prisma, email, input.ip, now);
  const limited = await refusal(prisma, limits, now);
  if (limited) {
    // One event per limit and window, so a flood does not flood the log.
    if (limited.firstRefusal) {
      const owner = await prisma.user.findUnique({ where: { email }, select: { id: true } });
      await securityEvent(prisma, { action: "sign-in.limited", userId: owner?.id ?? null, actorUserId: null, details: { limit: limited.refused } });
    }
    return { ok: false, reason: "limited" };
  }
  const user = await prisma.user.findUnique({ where: { email } });
  // A missing account is checked against a decoy, so it takes as long as a wrong password.
  const valid = await verifyPasswordOrBusy(input.password, async () => user?.passwordHash ?? (await decoyHash()));
  if (valid === "busy") return { ok: false, reason: "limited" };
  if (!user || !user.passwordHash || user.disabledAt || !valid) {
    await countFailure(prisma, limits, now);
    await securityEvent(prisma, { action: "sign-in.failed", userId: user?.id ?? null, actorUserId: null, details: { method: "password" } });
    return { ok: false, reason: "invalid" };
  }
  await reset(prisma, signInKeys.pair(email, input.ip));
  await remember(prisma, signInKeys.known(email, input.ip), KNOWN_ADDRESS_DAYS * 86_400, now);
  const session = await createSession(prisma, user.id, input.userAgent, now);
  if (user.totpEnabledAt) {
    // Only the step for the code is open until the code is given (lib/auth/second-factor.ts).
    const expiresAt = new Date(now.getTime() + SECOND_FACTOR_MINUTES * 60_000);
    await prisma.session.update({ where: { id: sessionId(session.token) }, data: { needsSecondFactor: true, expiresAt } });
    return { ok: true, token: session.token, expiresAt, userId: user.id, role: user.role, pending: "code" };
  }
  await securityEvent(prisma, { action: "sign-in", userId: user.id, details: { method: "password" } });
  const pending = pendingStep({ needsSecondFactor: false, mustChangePassword: user.mustChangePassword, hasPassword: true, totpOn: false }, env().requireTotp);
  return { ok: true, ...session, userId: user.id, role: user.role, pending };
}

/** Ends this session, and says so in the security log. */
export async function signOut(prisma: PrismaClient, actor: { id: string; sessionId: string }): Promise<void> {
  await endSession(prisma, actor.sessionId);
  await securityEvent(prisma, { action: "sign-out", userId: actor.id });
}
