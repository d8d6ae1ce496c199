import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hit, reset, type Limit } from "@/lib/rate-limit/rate-limit";
import { decoyHash, verifyPassword } from "./password";
import { createSession } from "./session";

/**
 * Password sign-in. Limits count per account and per address, also for addresses
 * without an account, and every failure gives the same answer after the same work, so
 * the form never tells whether an account exists.
 */
export const ACCOUNT_LIMIT: Limit = { max: 5, windowSeconds: 15 * 60 };
export const ADDRESS_LIMIT: Limit = { max: 30, windowSeconds: 15 * 60 };

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; userId: string; role: string }
  | { ok: false; reason: "invalid" | "limited" };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function accountKey(email: string): string {
  return `sign-in:account:${createHash("sha256").update(normaliseEmail(email)).digest("hex").slice(0, 32)}`;
}

export async function signIn(
  prisma: PrismaClient,
  input: { email: string; password: string; ip: string; userAgent?: string | null },
  now = new Date(),
): Promise<SignInResult> {
  const [byAccount, byAddress] = await Promise.all([
    hit(prisma, accountKey(input.email), ACCOUNT_LIMIT, now),
    hit(prisma, `sign-in:ip:${input.ip}`, ADDRESS_LIMIT, now),
  ]);
  const user = await prisma.user.findUnique({ where: { email: normaliseEmail(input.email) } });
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  if (!byAccount.allowed || !byAddress.allowed) return { ok: false, reason: "limited" };
  if (!user || !user.passwordHash || user.disabledAt || !valid) return { ok: false, reason: "invalid" };
  await reset(prisma, accountKey(input.email));
  const session = await createSession(prisma, user.id, input.userAgent, now);
  return { ok: true, ...session, userId: user.id, role: user.role };
}
