import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ContactEventKind, ContactStatus } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/roles";
import { serviceSummary } from "@/lib/catalogue/service-summary";
import { recordEvent } from "./events";
import { assignSchema, issueCodes, transitionSchema, type Transition } from "./schema";

/**
 * new → opened (the first time a provider opens the request's page) → accepted | declined;
 * accepted → contacted → closed with an outcome. An accepted request can be closed without
 * contact (the resident could not be reached), and a declined one too, so its personal
 * data is erased on the same schedule. The same steps for a resident's own request and a
 * warm handover; each is one line in the timeline (events.ts).
 */
type Stamp = "acceptedAt" | "declinedAt" | "contactedAt" | "closedAt";
const MOVES: Record<Transition, { from: ContactStatus[]; to: ContactStatus; stamp: Stamp; kind: ContactEventKind }> = {
  accept: { from: ["new", "opened"], to: "accepted", stamp: "acceptedAt", kind: "accepted" },
  decline: { from: ["new", "opened"], to: "declined", stamp: "declinedAt", kind: "declined" },
  contacted: { from: ["accepted"], to: "contacted", stamp: "contactedAt", kind: "contacted" },
  close: { from: ["accepted", "contacted", "declined"], to: "closed", stamp: "closedAt", kind: "closed" },
};

/** A supporter can be assigned while the request is still being worked on. */
const ASSIGNABLE: ContactStatus[] = ["new", "opened", "accepted", "contacted"];

/** The answers a provider can give to a request in this status. */
export function nextTransitions(status: ContactStatus): Transition[] {
  return (Object.keys(MOVES) as Transition[]).filter((t) => MOVES[t].from.includes(status));
}

export function mayAssign(status: ContactStatus): boolean {
  return ASSIGNABLE.includes(status);
}

export type TransitionErrors = { reason?: "reason"; declineCode?: "declineCode"; outcome?: "outcome"; outcomeText?: "outcomeText"; supporterId?: "supporter"; form?: "stale" | "form" };
export type TransitionResult = { ok: true } | { ok: false; errors: TransitionErrors };

const who = (actor: Actor) => ({ id: actor.id, name: actor.name });

/**
 * One step on a request of the provider's own organization, guarded by `version` (two
 * answers at once, a resubmit, the back button: the second changes nothing), audited and
 * recorded in the timeline in the same transaction.
 */
async function step(prisma: PrismaClient, actor: Actor, where: { id: string; version?: number; from: ContactStatus[] }, data: Prisma.ContactRequestUpdateManyMutationInput, event: { kind: ContactEventKind; detail?: string | null }, now: Date): Promise<boolean> {
  if (!actor.organizationId) return false;
  return prisma.$transaction(async (tx) => {
    const result = await tx.contactRequest.updateMany({
      where: { id: where.id, ...(where.version === undefined ? {} : { version: where.version }), status: { in: where.from }, organizationId: actor.organizationId!, erasedAt: null },
      data: { ...data, version: { increment: 1 } },
    });
    if (result.count !== 1) return false;
    await audit(tx, { actorUserId: actor.id, action: `contact.${event.kind}`, subjectType: "ContactRequest", subjectId: where.id });
    await recordEvent(tx, { requestId: where.id, kind: event.kind, actor: who(actor), detail: event.detail ?? null }, now);
    return true;
  });
}

/** The first time a provider opens a request's own page it is "opened"; later visits change nothing. */
export async function openContactRequest(prisma: PrismaClient, actor: Actor, id: string, now: Date = new Date()): Promise<boolean> {
  if (actor.role !== "provider") return false;
  return step(prisma, actor, { id, from: ["new"] }, { status: "opened", openedAt: now }, { kind: "opened" }, now);
}

/** A provider answers a request to its own organization. */
export async function answerContactRequest(prisma: PrismaClient, actor: Actor, input: unknown, now: Date = new Date()): Promise<TransitionResult> {
  const parsed = transitionSchema.safeParse(input);
  if (!parsed.success) {
    const { reason, declineCode, outcome, outcomeText } = issueCodes<string>(parsed.error);
    if (reason || declineCode || outcome || outcomeText) {
      return { ok: false, errors: { ...(declineCode ? { declineCode: "declineCode" } : {}), ...(reason ? { reason: "reason" } : {}), ...(outcome ? { outcome: "outcome" } : {}), ...(outcomeText ? { outcomeText: "outcomeText" } : {}) } };
    }
    return { ok: false, errors: { form: "form" } };
  }
  const { version, to, reason, declineCode, outcome, outcomeText } = parsed.data;
  const id = parsed.data.id.toLowerCase();
  const move = MOVES[to];
  const data: Prisma.ContactRequestUpdateManyMutationInput = { status: move.to, [move.stamp]: now };
  if (to === "decline") Object.assign(data, { declineReason: reason, declineCode });
  if (to === "close") Object.assign(data, { outcome, outcomeText: outcome === "other" ? outcomeText : null });
  // The timeline carries the outcome's or the decline's code, never the provider's words (they stay on the request, where retention erases them).
  const detail = to === "close" ? outcome : to === "decline" ? declineCode : null;
  const done = await step(prisma, actor, { id, version, from: move.from }, data, { kind: move.kind, detail }, now);
  return done ? { ok: true } : { ok: false, errors: { form: "stale" } };
}

/** The provider names the supporter of the service who will help; the wijkteam sees the name. */
export async function assignSupporter(prisma: PrismaClient, actor: Actor, input: unknown, now: Date = new Date()): Promise<TransitionResult> {
  const parsed = assignSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issueCodes(parsed.error).supporterId ? { supporterId: "supporter" } : { form: "form" } };
  const [id, supporterId, version] = [parsed.data.id.toLowerCase(), parsed.data.supporterId.toLowerCase(), parsed.data.version];
  // Only a request of the provider's own organization is looked at: another's says "stale" like an unknown id.
  const request = actor.organizationId ? await prisma.contactRequest.findFirst({ where: { id, organizationId: actor.organizationId }, select: { serviceId: true } }) : null;
  const service = request ? await serviceSummary(prisma, request.serviceId) : null;
  if (!service?.supporters.some((supporter) => supporter.id === supporterId)) return { ok: false, errors: request ? { supporterId: "supporter" } : { form: "stale" } };
  const done = await step(prisma, actor, { id, version, from: ASSIGNABLE }, { assignedSupporterId: supporterId }, { kind: "assigned", detail: supporterId }, now);
  return done ? { ok: true } : { ok: false, errors: { form: "stale" } };
}
