import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hit, reset, type Limit } from "@/lib/rate-limit/rate-limit";
import { isRecoveryCodeShape, newRecoveryCodes, recoveryCodeHash } from "./recovery-codes";
import type { Actor } from "./roles";
import { securityEvent } from "./security-events";
import { createSession, endSession } from "./session";
import { matchTotp, newTotpSecret } from "./totp";

/**
 * The second factor: setting it up (a secret shown as a QR code, confirmed with a code
 * from the app, then ten recovery codes shown once) and giving it at sign-in (a code
 * from the app, or a recovery code, each used once). Codes are guessed 5 times per
 * account per 15 minutes at most; only someone who knew the password gets that far.
 */
export const CODE_LIMIT: Limit = { max: 5, windowSeconds: 15 * 60 };
const codeKey = (userId: string) => `sign-in:code:${userId}`;

/** The secret to set up, kept until confirmed; null when the second factor is on already. */
export async function enrolmentSecret(prisma: PrismaClient, userId: string): Promise<string | null> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true, totpPendingSecret: true } });
  if (user.totpEnabledAt) return null;
  if (user.totpPendingSecret) return user.totpPendingSecret;
  const secret = newTotpSecret();
  // Two tabs opening the page at once get the same secret: only an empty one is set.
  await prisma.user.updateMany({ where: { id: userId, totpPendingSecret: null }, data: { totpPendingSecret: secret } });
  return (await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpPendingSecret: true } })).totpPendingSecret;
}

async function replaceRecoveryCodes(prisma: PrismaClient, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await prisma.$transaction([
    prisma.recoveryCode.deleteMany({ where: { userId } }),
    prisma.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: recoveryCodeHash(code) })) }),
  ]);
  return codes;
}

export type EnrolResult = { ok: true; recoveryCodes: string[] } | { ok: false; error: "code" | "missing" };

/** Turns the second factor on when `code` fits the secret shown; answers the recovery codes (shown once). */
export async function confirmEnrolment(prisma: PrismaClient, actor: Actor, code: string, now = new Date()): Promise<EnrolResult> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpPendingSecret: true, totpEnabledAt: true } });
  if (user.totpEnabledAt || !user.totpPendingSecret) return { ok: false, error: "missing" };
  const step = matchTotp(user.totpPendingSecret, code, now, null);
  if (step === null) return { ok: false, error: "code" };
  const updated = await prisma.user.updateMany({
    where: { id: actor.id, totpPendingSecret: user.totpPendingSecret, totpEnabledAt: null },
    data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step, version: { increment: 1 } },
  });
  if (updated.count === 0) return { ok: false, error: "missing" };
  const recoveryCodes = await replaceRecoveryCodes(prisma, actor.id);
  await securityEvent(prisma, { action: "second-factor.enabled", userId: actor.id });
  return { ok: true, recoveryCodes };
}

/** New recovery codes, e.g. after most are used; the old ones stop working. */
export async function renewRecoveryCodes(prisma: PrismaClient, actor: Actor): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false }> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  if (!user.totpEnabledAt) return { ok: false };
  const recoveryCodes = await replaceRecoveryCodes(prisma, actor.id);
  await securityEvent(prisma, { action: "second-factor.recovery-codes-renewed", userId: actor.id });
  return { ok: true, recoveryCodes };
}

export async function recoveryCodesLeft(prisma: PrismaClient, userId: string): Promise<number> {
  return prisma.recoveryCode.count({ where: { userId } });
}

/** Whether `code` is a fresh app code or an unused recovery code of this account; either is then used up. */
async function spendCode(prisma: PrismaClient, userId: string, code: string, now: Date): Promise<"app" | "recovery" | null> {
  if (isRecoveryCodeShape(code)) {
    const used = await prisma.recoveryCode.deleteMany({ where: { userId, codeHash: recoveryCodeHash(code) } });
    return used.count === 1 ? "recovery" : null;
  }
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpLastStep: true } });
  if (!user.totpSecret) return null;
  const step = matchTotp(user.totpSecret, code, now, user.totpLastStep);
  if (step === null) return null;
  // Only one request can move the last step past this one: a code raced twice works once.
  const claimed = await prisma.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return claimed.count === 1 ? "app" : null;
}

export type CodeResult = { ok: true; token: string; expiresAt: Date } | { ok: false; reason: "invalid" | "limited" | "expired" };

/**
 * The second step of signing in, for a session waiting for its code. Success ends that
 * session and starts a full one with a new token.
 */
export async function giveSecondFactor(
  prisma: PrismaClient,
  actor: Actor | null,
  input: { code: string; userAgent?: string | null },
  now = new Date(),
): Promise<CodeResult> {
  if (!actor || actor.pending !== "code") return { ok: false, reason: "expired" };
  const limit = await hit(prisma, codeKey(actor.id), CODE_LIMIT, now);
  if (!limit.allowed) {
    if (limit.firstRefusal) await securityEvent(prisma, { action: "sign-in.limited", userId: actor.id, actorUserId: null, details: { limit: "code" } });
    return { ok: false, reason: "limited" };
  }
  const used = await spendCode(prisma, actor.id, input.code.trim(), now);
  if (!used) {
    await securityEvent(prisma, { action: "second-factor.failed", userId: actor.id, actorUserId: null });
    return { ok: false, reason: "invalid" };
  }
  await reset(prisma, codeKey(actor.id));
  await endSession(prisma, actor.sessionId);
  const session = await createSession(prisma, actor.id, input.userAgent, now);
  if (used === "recovery") {
    await securityEvent(prisma, { action: "second-factor.recovery-code-used", userId: actor.id, details: { left: await recoveryCodesLeft(prisma, actor.id) } });
  }
  await securityEvent(prisma, { action: "sign-in", userId: actor.id, details: { method: used === "app" ? "password+app" : "password+recovery-code" } });
  return { ok: true, ...session };
}
