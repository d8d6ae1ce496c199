import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContactEventKind } from "@/lib/generated/prisma/enums";
import { queueNotices } from "./notices";

/** Who did it: a signed-in person, or null for the portal itself (a reminder). */
export type EventActor = { id: string; name: string } | null;

export type ContactEvent = {
  requestId: string;
  kind: ContactEventKind;
  actor: EventActor;
  /** A code, never free text: the outcome, the supporter's id, the new request's id. */
  detail?: string | null;
};

/**
 * The one way a step of a request is recorded: its line in the timeline both sides see,
 * and the notices it causes (queued in the same transaction, sent after the commit by
 * the mail outbox). Every change of a request's status goes through here.
 */
export async function recordEvent(tx: Prisma.TransactionClient, event: ContactEvent, now: Date = new Date()): Promise<void> {
  await tx.contactRequestEvent.create({
    data: { requestId: event.requestId, kind: event.kind, at: now, actorUserId: event.actor?.id ?? null, actorName: event.actor?.name ?? null, detail: event.detail ?? null },
  });
  await queueNotices(tx, event);
}
