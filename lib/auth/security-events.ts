import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit/audit";

/**
 * The security log: events about signing in and about accounts, written to the audit
 * log (AuditEvent) with the account as subject. Never with a password, a code or a
 * secret; an attempt for an account that does not exist has subject "unknown" (what was
 * typed may be a password typed in the wrong field, so it is not kept).
 */
export const SECURITY_KINDS = {
  signIn: ["sign-in", "sign-in.failed", "second-factor.failed", "second-factor.recovery-code-used"],
  limits: ["sign-in.limited"],
  signOut: ["sign-out", "sign-out.everywhere"],
  password: ["password.changed", "password.reset"],
  secondFactor: ["second-factor.enabled", "second-factor.recovery-codes-renewed"],
  accounts: ["user.create", "user.create-from-oidc", "user.role-from-oidc", "user.disable", "user.enable", "user.team"],
} as const;

export type SecurityKind = keyof typeof SECURITY_KINDS;
export type SecurityAction = (typeof SECURITY_KINDS)[SecurityKind][number];
export const SECURITY_ACTIONS: readonly string[] = Object.values(SECURITY_KINDS).flat();

type Writer = Pick<PrismaClient, "auditEvent"> | Prisma.TransactionClient;

export async function securityEvent(
  db: Writer,
  event: { action: SecurityAction; userId: string | null; actorUserId?: string | null; details?: Record<string, string | number | boolean> },
): Promise<void> {
  await audit(db, {
    actorUserId: event.actorUserId === undefined ? event.userId : event.actorUserId,
    action: event.action,
    subjectType: "User",
    subjectId: event.userId ?? "unknown",
    details: event.details,
  });
}

/** The message key of an action under AdminSecurityLog.actions (a dot would mean nesting there). */
export function securityActionKey(action: string): string {
  return action.replaceAll(".", "_");
}
