import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hit, type Limit } from "@/lib/rate-limit/rate-limit";
import { generatePassword, hashPassword, verifyPasswordOrBusy } from "./password";
import { passwordProblem } from "./password-rules";
import type { Actor } from "./roles";
import { securityEvent } from "./security-events";

/**
 * Changing a password: users change their own (the current one first), and an admin
 * resets someone else's to a temporary one the user must replace at the next sign-in.
 * Both end the account's other sessions.
 */
export const CHANGE_LIMIT: Limit = { max: 5, windowSeconds: 15 * 60 };

export type ChangeErrors = Partial<Record<"current" | "next" | "repeat" | "form", string>>;
export type ChangeResult = { ok: true } | { ok: false; errors: ChangeErrors };

export async function changeOwnPassword(
  prisma: PrismaClient,
  actor: Actor,
  input: { current: string; next: string; repeat: string },
  now = new Date(),
): Promise<ChangeResult> {
  const errors: ChangeErrors = {};
  if (!input.current) errors.current = "currentMissing";
  const problem = passwordProblem(input.next);
  if (problem) errors.next = problem;
  else if (input.next === input.current) errors.next = "same";
  if (!errors.next && input.repeat !== input.next) errors.repeat = "repeat";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // Guessing the current password from a session left open is limited like signing in.
  if (!(await hit(prisma, `password-change:${actor.id}`, CHANGE_LIMIT, now)).allowed) return { ok: false, errors: { form: "limited" } };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user.passwordHash) return { ok: false, errors: { form: "noPassword" } };
  const valid = await verifyPasswordOrBusy(input.current, async () => user.passwordHash!);
  if (valid === "busy") return { ok: false, errors: { form: "limited" } };
  if (!valid) return { ok: false, errors: { current: "currentWrong" } };
  await prisma.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(input.next), mustChangePassword: false, version: { increment: 1 } } });
  await prisma.session.deleteMany({ where: { userId: actor.id, id: { not: actor.sessionId } } });
  await securityEvent(prisma, { action: "password.changed", userId: actor.id });
  return { ok: true };
}

export type ResetResult = { ok: true; email: string; temporary: string } | { ok: false };

/** An admin's reset: a temporary password (shown once to the admin), to be replaced at the next sign-in; the second factor is cleared. */
export async function resetPassword(prisma: PrismaClient, adminId: string, userId: string): Promise<ResetResult> {
  if (userId === adminId || !z.uuid().safeParse(userId).success) return { ok: false };
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return { ok: false };
  const temporary = generatePassword();
  // A reset is how someone who lost their phone gets back in: the second factor is set up again after the new password.
  await prisma.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(temporary), mustChangePassword: true, totpSecret: null, totpEnabledAt: null, totpLastStep: null, totpPendingSecret: null, version: { increment: 1 } },
  });
  await prisma.recoveryCode.deleteMany({ where: { userId } });
  await prisma.session.deleteMany({ where: { userId } });
  await securityEvent(prisma, { action: "password.reset", userId, actorUserId: adminId, details: { secondFactorCleared: true } });
  return { ok: true, email: user.email, temporary };
}
