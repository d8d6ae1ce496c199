import type { Prisma } from "@/lib/generated/prisma/client";
import { hasRole, type Actor } from "@/lib/auth/roles";

/**
 * The one rule for who may see a request with the resident's data:
 * - a provider: requests to its own organization;
 * - staff: the handovers they made or follow up (took over), and their team's handovers;
 * - never the admin role alone (least privilege).
 * `requestWhere` is the rule as a database filter for lists; `maySee` the same rule for one row.
 */
export function requestWhere(actor: Actor): Prisma.ContactRequestWhereInput | null {
  if (actor.role === "provider") return actor.organizationId ? { organizationId: actor.organizationId } : null;
  if (!hasRole(actor, ["staff"])) return null;
  const mine: Prisma.ContactRequestWhereInput[] = [{ createdByUserId: actor.id }, { handledByUserId: actor.id }];
  if (actor.teamId) mine.push({ teamId: actor.teamId });
  return { origin: "staff", OR: mine };
}

type Row = { origin: string; organizationId: string; createdByUserId: string | null; handledByUserId: string | null; teamId: string | null };

export function maySee(actor: Actor, row: Row): boolean {
  if (actor.role === "provider") return actor.organizationId !== null && row.organizationId === actor.organizationId;
  if (!hasRole(actor, ["staff"]) || row.origin !== "staff") return false;
  return row.createdByUserId === actor.id || row.handledByUserId === actor.id || (actor.teamId !== null && row.teamId === actor.teamId);
}
