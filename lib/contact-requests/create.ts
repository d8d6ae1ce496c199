import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ServiceStatus } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/roles";
import { serviceSummary } from "@/lib/catalogue/service-summary";
import { localise } from "@/lib/catalogue/localise";
import { isOpenStatus } from "@/lib/catalogue/visibility";
import { env } from "@/lib/env";
import { hit, type Limit } from "@/lib/rate-limit/rate-limit";
import { validateContactRequest, type ContactRequestErrors } from "./schema";

/**
 * A request lands in the receiving organization's inbox, with what the resident agreed
 * to stored exactly as it was shown and the moment they agreed. Only an open (active)
 * service can receive one. The personal fields are erased after the retention period
 * (retention.ts).
 */
export type Sender = { origin: "resident"; client: string } | { origin: "staff"; actor: Actor };

export type Unavailable = Exclude<ServiceStatus, "active"> | "missing";

export type CreateResult =
  | { ok: true; id: string; duplicate: boolean }
  | { ok: false; reason: "invalid"; errors: ContactRequestErrors }
  | { ok: false; reason: "unavailable"; because: Unavailable }
  | { ok: false; reason: "limited"; scope: "address" | "service" };

/** Residents are anonymous: their requests are limited per address (staff sign in instead). */
export function addressLimit(): Limit {
  return { max: env().contactRequestsPerAddress, windowSeconds: 60 * 60 };
}

/**
 * And per service, so many addresses together cannot flood one inbox:
 * CONTACT_REQUESTS_PER_SERVICE residents' requests an hour (lib/env.ts). Warm handovers by
 * staff are not limited.
 */
export function serviceLimit(): Limit {
  return { max: env().contactRequestsPerService, windowSeconds: 60 * 60 };
}

type Options = {
  locale: string;
  /** The consent text in the language it was shown, given the service's name in that language. */
  consentText: (serviceName: string) => string;
  /** The per-service limit; serviceLimit() unless given. */
  perService?: Limit;
  now?: Date;
};

/** A key belongs to whoever used it first: a double submit by them is answered as the first one. */
async function earlier(prisma: PrismaClient, key: string, userId: string | null) {
  const found = await prisma.contactRequest.findUnique({ where: { idempotencyKey: key }, select: { id: true, createdByUserId: true } });
  if (!found) return undefined;
  return found.createdByUserId === userId ? ({ ok: true, id: found.id, duplicate: true } as const) : ({ ok: false, reason: "invalid", errors: { form: "form" } } as const);
}

export async function createContactRequest(prisma: PrismaClient, sender: Sender, input: unknown, options: Options): Promise<CreateResult> {
  const validated = validateContactRequest(input, sender.origin);
  if (!validated.ok) return { ok: false, reason: "invalid", errors: validated.errors };
  const data = validated.data;
  const userId = sender.origin === "staff" ? sender.actor.id : null;
  const now = options.now ?? new Date();

  const repeated = await earlier(prisma, data.idempotencyKey, userId);
  if (repeated) return repeated;

  const service = await serviceSummary(prisma, data.serviceId);
  if (!service) return { ok: false, reason: "unavailable", because: "missing" };
  if (!isOpenStatus(service.status)) return { ok: false, reason: "unavailable", because: service.status as Unavailable };

  let supporterId = data.supporterId;
  if (supporterId && !service.supporters.some((supporter) => supporter.id === supporterId)) {
    // Staff chose from a list and can choose again; a resident cannot fix a hidden field, so the request goes to the service.
    if (sender.origin === "staff") return { ok: false, reason: "invalid", errors: { supporterId: "supporter" } };
    supporterId = undefined;
  }

  if (sender.origin === "resident") {
    // The address first: one sender who is refused does not use up the service's share.
    const address = await hit(prisma, `contact-request:ip:${sender.client}`, addressLimit(), now);
    if (!address.allowed) return { ok: false, reason: "limited", scope: "address" };
    const perService = await hit(prisma, `contact-request:service:${service.id}`, options.perService ?? serviceLimit(), now);
    if (!perService.allowed) return { ok: false, reason: "limited", scope: "service" };
  }

  try {
    const id = await prisma.$transaction(async (tx) => {
      const created = await tx.contactRequest.create({
        data: {
          origin: sender.origin,
          status: "new",
          serviceId: service.id,
          supporterId: supporterId ?? null,
          organizationId: service.organizationId,
          createdByUserId: userId,
          // The maker follows it up until a team colleague takes it over; the team is the maker's team now.
          handledByUserId: userId,
          teamId: sender.origin === "staff" ? sender.actor.teamId : null,
          residentName: data.residentName,
          residentPhone: data.residentPhone ?? null,
          residentEmail: data.residentEmail ?? null,
          preferredContact: data.preferredContact,
          question: data.question,
          language: data.language ?? null,
          interpreter: data.interpreter ?? null,
          callMoments: data.callMoments,
          safeToCall: data.safeToCall ?? null,
          safeToMessage: data.safeToMessage ?? null,
          sharedAnswers: data.sharedAnswers ?? null,
          consentText: options.consentText(localise(service.name, options.locale)?.text ?? ""),
          consentAt: now,
          locale: options.locale,
          idempotencyKey: data.idempotencyKey,
        },
        select: { id: true },
      });
      const action = sender.origin === "staff" ? "handover.create" : "contact-request.create";
      await audit(tx, { actorUserId: userId, action, subjectType: "ContactRequest", subjectId: created.id });
      return created.id;
    });
    return { ok: true, id, duplicate: false };
  } catch (error) {
    // Two submits at the same moment: the unique key lets one through; the other finds it.
    const raced = await earlier(prisma, data.idempotencyKey, userId);
    if (raced?.ok) return raced;
    throw error;
  }
}
