import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hasRole, type Actor, type PendingStep, type Role } from "./roles";

/**
 * The one authorisation check. Every protected action is built with withRole (the
 * registry in lib/actions/access.ts): it refuses anyone without one of `roles` before
 * any other code runs, so no action repeats the check by hand. Pages use requireRole
 * (lib/auth/request.ts), which uses the same hasRole.
 */
export type Refused = { ok: false; refused: true };
export const REFUSED: Refused = { ok: false, refused: true };

export type ActionContext = { actor: Actor; prisma: PrismaClient };

export type ProtectedAction<Input, Result> = {
  roles: readonly Role[];
  /** Steps of signing in during which the action is open too (changing the password after a reset, setting up the second factor). */
  during: readonly PendingStep[];
  /** Runs for a given actor: server actions run it for the request's user (roleAction in lib/actions/builders.ts). */
  execute(actor: Actor | null, prisma: PrismaClient, input: Input): Promise<Result | Refused>;
};

export function withRole<Input, Result>(
  roles: readonly Role[],
  run: (context: ActionContext, input: Input) => Promise<Result>,
  during: readonly PendingStep[] = [],
): ProtectedAction<Input, Result> {
  return {
    roles,
    during,
    async execute(actor, prisma, input) {
      if (!hasRole(actor, roles, during)) return REFUSED;
      return run({ actor, prisma }, input);
    },
  };
}

export function isRefused(value: unknown): value is Refused {
  return typeof value === "object" && value !== null && (value as Refused).refused === true;
}
