import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/roles";
import { fieldErrors, transitionSchema, validateHandover, type FieldErrors } from "./schema";
import { move } from "./status";

/**
 * The warm handover ("verbinden, niet verwijzen"): staff record the resident's consent
 * and question, and the receiving organisation sees it in its inbox.
 */
export type CreateResult =
  | { ok: true; id: string; duplicate: boolean }
  | { ok: false; errors: FieldErrors; unavailable?: "inactive" | "defunct" | "temporarily_closed" | "missing" };

export async function createHandover(
  prisma: PrismaClient,
  actor: Actor,
  input: unknown,
  options: { consentText: (serviceName: string) => string; serviceName: (name: unknown) => string; locale: string },
): Promise<CreateResult> {
  const parsed = validateHandover(input);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const data = parsed.data;

  const earlier = await prisma.contactRequest.findUnique({ where: { idempotencyKey: data.idempotencyKey } });
  if (earlier) {
    return earlier.createdByUserId === actor.id ? { ok: true, id: earlier.id, duplicate: true } : { ok: false, errors: { form: "form" } };
  }

  const service = await prisma.service.findUnique({
    where: { id: data.serviceId },
    select: { id: true, name: true, status: true, organizationId: true, supporters: { select: { id: true } } },
  });
  if (!service) return { ok: false, errors: { form: "unavailable" }, unavailable: "missing" };
  if (service.status !== "active") return { ok: false, errors: { form: "unavailable" }, unavailable: service.status };
  if (data.supporterId && !service.supporters.some((s) => s.id === data.supporterId)) {
    return { ok: false, errors: { supporterId: "supporter" } };
  }

  try {
    const id = await prisma.$transaction(async (tx) => {
      const now = new Date();
      const created = await tx.contactRequest.create({
        data: {
          origin: "staff",
          serviceId: service.id,
          supporterId: data.supporterId ?? null,
          organizationId: service.organizationId,
          createdByUserId: actor.id,
          residentName: data.residentName,
          residentPhone: data.residentPhone ?? null,
          residentEmail: data.residentEmail ?? null,
          preferredContact: data.preferredContact,
          question: data.question,
          consentText: options.consentText(options.serviceName(service.name)),
          consentAt: now,
          locale: options.locale,
          idempotencyKey: data.idempotencyKey,
        },
      });
      await audit(tx, { actorUserId: actor.id, action: "handover.create", subjectType: "ContactRequest", subjectId: created.id });
      return created.id;
    });
    return { ok: true, id, duplicate: false };
  } catch (error) {
    // Two submits at the same moment: the unique key lets one through; the other finds it.
    const again = await prisma.contactRequest.findUnique({ where: { idempotencyKey: data.idempotencyKey } });
    if (again && again.createdByUserId === actor.id) return { ok: true, id: again.id, duplicate: true };
    throw error;
  }
}

export type TransitionResult = { ok: true } | { ok: false; errors: { reason?: string; form?: string } };

/** A provider answers a request to its own organisation; `version` guards against two answers at once. */
export async function transitionRequest(prisma: PrismaClient, actor: Actor, input: unknown): Promise<TransitionResult> {
  const parsed = transitionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) as { reason?: string } };
  const { id, version, to, reason } = parsed.data;
  const step = move(to);
  const now = new Date();
  const updated = await prisma.$transaction(async (tx) => {
    const result = await tx.contactRequest.updateMany({
      where: { id, version, status: { in: step.from }, organizationId: actor.organizationId ?? "-", erasedAt: null },
      data: { status: step.to, [step.stamp]: now, version: { increment: 1 }, ...(to === "decline" ? { declineReason: reason } : {}) },
    });
    if (result.count === 1) {
      await audit(tx, { actorUserId: actor.id, action: `contact.${to}`, subjectType: "ContactRequest", subjectId: id });
    }
    return result.count;
  });
  return updated === 1 ? { ok: true } : { ok: false, errors: { form: "stale" } };
}
