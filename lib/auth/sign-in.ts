import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hit, reset, type Limit } from "@/lib/rate-limit/rate-limit";
import { decoyHash, verifyPasswordOrBusy } from "./password";
import { createSession } from "./session";

/**
 * Password sign-in. Limits count per account and per address, also for addresses
 * without an account, and every failure gives the same answer after the same work, so
 * the form never tells whether an account exists. The limits are checked before the
 * costly password hash, and only a few hashes run at once: a flood of attempts is
 * answered "limited" quickly instead of taking the server's cores.
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
  if (!byAccount.allowed || !byAddress.allowed) return { ok: false, reason: "limited" };
  const user = await prisma.user.findUnique({ where: { email: normaliseEmail(input.email) } });
  // A missing account is checked against a decoy, so it takes as long as a wrong password.
  const valid = await verifyPasswordOrBusy(input.password, async () => user?.passwordHash ?? (await decoyHash()));
  if (valid === "busy") return { ok: false, reason: "limited" };
  if (!user || !user.passwordHash || user.disabledAt || !valid) return { ok: false, reason: "invalid" };
  await reset(prisma, accountKey(input.email));
  const session = await createSession(prisma, user.id, input.userAgent, now);
  return { ok: true, ...session, userId: user.id, role: user.role };
}
