import type { PendingStep } from "./roles";

/**
 * Which step of signing in is still to take, in this order: the second factor of this
 * sign-in; a new password after an admin reset one; setting up the second factor when
 * it is required (REQUIRE_TOTP) for an account with a password. Null: signed in.
 */
export type PendingFacts = { needsSecondFactor: boolean; mustChangePassword: boolean; hasPassword: boolean; totpOn: boolean };

export function pendingStep(facts: PendingFacts, requireTotp: boolean): PendingStep | null {
  if (facts.needsSecondFactor) return "code";
  if (facts.mustChangePassword) return "password";
  if (requireTotp && facts.hasPassword && !facts.totpOn) return "enrol";
  return null;
}

/** Where each step is taken. */
export const PENDING_PAGES: Record<PendingStep, string> = {
  code: "/inloggen/code",
  password: "/werk/account",
  enrol: "/werk/account/tweede-stap",
};

/** Where a role starts once signed in. */
export function homeOf(role: string): string {
  return role === "provider" ? "/werk/inbox" : role === "editor" ? "/beheer" : "/werk";
}
