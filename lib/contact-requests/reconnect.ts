import type { ContactStatus } from "@/lib/generated/prisma/enums";

/**
 * "Verbind opnieuw": after a decline the staff member who follows the handover up makes a
 * new handover to another service, with the resident's details carried over. Only from a
 * declined handover of theirs whose data is still there, and only once: a second one for
 * the same resident would be a duplicate (the new one can be connected again in its turn).
 */
export type ReconnectSource = { origin: string; status: ContactStatus; followedUpBy: string | null; erased: boolean; reconnected: boolean };

export function mayReconnect(actorId: string, request: ReconnectSource): boolean {
  return request.origin === "staff" && request.status === "declined" && request.followedUpBy === actorId && !request.erased && !request.reconnected;
}
