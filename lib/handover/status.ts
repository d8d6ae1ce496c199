import type { ContactStatus } from "@/lib/generated/prisma/enums";
import type { Transition } from "./schema";

/**
 * new → accepted | declined; accepted → contacted → closed; a declined request can be
 * closed too, so its personal data is erased on the same schedule.
 */
const MOVES: Record<Transition, { from: ContactStatus[]; to: ContactStatus; stamp: "acceptedAt" | "declinedAt" | "contactedAt" | "closedAt" }> = {
  accept: { from: ["new"], to: "accepted", stamp: "acceptedAt" },
  decline: { from: ["new"], to: "declined", stamp: "declinedAt" },
  contacted: { from: ["accepted"], to: "contacted", stamp: "contactedAt" },
  close: { from: ["contacted", "declined"], to: "closed", stamp: "closedAt" },
};

export function move(transition: Transition) {
  return MOVES[transition];
}

/** The answers a provider can give to a request in this status. */
export function nextTransitions(status: ContactStatus): Transition[] {
  return (Object.keys(MOVES) as Transition[]).filter((t) => MOVES[t].from.includes(status));
}
