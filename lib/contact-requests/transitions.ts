import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ContactStatus } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/roles";
import { recordEvent } from "./events";
import { issueCodes, transitionSchema, type Transition } from "./schema";

/**
 * new → accepted | declined; accepted → contacted → closed; a declined request can be
 * closed too, so its personal data is erased on the same schedule. The same steps for a
 * resident's own request and a warm handover.
 */
const MOVES: Record<Transition, { from: ContactStatus[]; to: ContactStatus; stamp: "acceptedAt" | "declinedAt" | "contactedAt" | "closedAt" }> = {
  accept: { from: ["new"], to: "accepted", stamp: "acceptedAt" },
  decline: { from: ["new"], to: "declined", stamp: "declinedAt" },
  contacted: { from: ["accepted"], to: "contacted", stamp: "contactedAt" },
  close: { from: ["contacted", "declined"], to: "closed", stamp: "closedAt" },
};

/** The answers a provider can give to a request in this status. */
export function nextTransitions(status: ContactStatus): Transition[] {
  return (Object.keys(MOVES) as Transition[]).filter((t) => MOVES[t].from.includes(status));
}

export type TransitionResult = { ok: true } | { ok: false; errors: { reason?: "reason"; form?: "stale" | "form" } };

/** A provider answers a request to its own organization; `version` guards against two answers at once. */
export async function answerContactRequest(prisma: PrismaClient, actor: Actor, input: unknown): Promise<TransitionResult> {
  const parsed = transitionSchema.safeParse(input);
  if (!parsed.success) {
    const errors = issueCodes(parsed.error);
    return { ok: false, errors: errors.reason ? { reason: "reason" } : { form: "form" } };
  }
  const { id, version, to, reason } = parsed.data;
  if (!actor.organizationId) return { ok: false, errors: { form: "stale" } };
  const step = MOVES[to];
  const now = new Date();
  const updated = await prisma.$transaction(async (tx) => {
    const result = await tx.contactRequest.updateMany({
      where: { id, version, status: { in: step.from }, organizationId: actor.organizationId!, erasedAt: null },
      data: { status: step.to, [step.stamp]: now, version: { increment: 1 }, ...(to === "decline" ? { declineReason: reason } : {}) },
    });
    if (result.count === 1) {
      await audit(tx, { actorUserId: actor.id, action: `contact.${to}`, subjectType: "ContactRequest", subjectId: id });
      await recordEvent(tx, { requestId: id, kind: step.to as "accepted", actor: { id: actor.id, name: actor.name } }, now);
    }
    return result.count;
  });
  return updated === 1 ? { ok: true } : { ok: false, errors: { form: "stale" } };
}
