import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ContactEventKind } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import type { ContactRequestView } from "./inbox";
import { requestNumber } from "./request-number";

/**
 * A request's timeline, oldest first, as both sides see it: what happened, who did it
 * (their name then, or null for the portal itself) and when. A detail is shown in words:
 * the outcome's code, the kind of reason to decline, the assigned supporter's name, the number of the new handover.
 * Call it only for a request the actor may see (getContactRequest decided that).
 */
export type TimelineEntry = {
  id: string;
  kind: ContactEventKind;
  at: Date;
  actorName: string | null;
  /** An outcome code (closed), a decline's kind (declined), a supporter's name (assigned), the new request's id and number (reconnected). */
  outcome: string | null;
  declineCode: string | null;
  supporterName: string | null;
  next: { id: string; number: string } | null;
};

export async function timelineOf(prisma: PrismaClient, request: Pick<ContactRequestView, "id" | "supporters">): Promise<TimelineEntry[]> {
  const events = await prisma.contactRequestEvent.findMany({ where: { requestId: request.id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  return events.map((event) => ({
    id: event.id,
    kind: event.kind,
    at: event.at,
    actorName: event.actorName,
    outcome: event.kind === "closed" ? event.detail : null,
    declineCode: event.kind === "declined" ? event.detail : null,
    supporterName: event.kind === "assigned" ? (request.supporters.find((s) => s.id === event.detail)?.displayName ?? null) : null,
    next: event.kind === "reconnected" && event.detail ? { id: event.detail, number: requestNumber(event.detail) } : null,
  }));
}

export async function timelineFor(request: Pick<ContactRequestView, "id" | "supporters">) {
  return timelineOf(await getPrisma(), request);
}
