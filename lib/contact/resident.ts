import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hit, type Limit } from "@/lib/rate-limit/rate-limit";

/**
 * A resident asks a service to contact them. The request lands in the organisation's
 * inbox (built by the staff area); the resident's personal fields are erased after the
 * retention period by the retention job. What the resident agreed to is stored exactly
 * as it was shown, with the moment they agreed.
 */
export const RESIDENT_CONTACT_LIMIT: Limit = { max: 5, windowSeconds: 60 * 60 };

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? undefined : value))
    .optional();

export const residentContactSchema = z
  .object({
    serviceId: z.uuid(),
    supporterId: z.union([z.uuid(), z.literal("")]).optional().transform((value) => value || undefined),
    name: z.string().trim().min(1, "name").max(100, "name"),
    phone: optionalText(30).refine((value) => value === undefined || /^\+?[0-9 ()-]{6,}$/.test(value), "phone"),
    email: optionalText(200).refine((value) => value === undefined || z.email().safeParse(value).success, "email"),
    message: z.string().trim().min(1, "message").max(1000, "message"),
    consent: z.literal("yes", "consent"),
    idempotencyKey: z.uuid("idempotencyKey"),
  })
  .refine((value) => value.phone !== undefined || value.email !== undefined, { message: "reach", path: ["phone"] });

/** The form as it arrives: every field a string, or missing. */
export type ResidentContactInput = Partial<
  Record<"serviceId" | "supporterId" | "name" | "phone" | "email" | "message" | "consent" | "idempotencyKey", string>
>;
export type ResidentContactField = "name" | "phone" | "email" | "message" | "consent";

export type ResidentContactResult =
  | { ok: true; id: string; duplicate: boolean; organizationEmail: string | undefined; serviceEmail: string | undefined }
  | { ok: false; reason: "invalid"; fields: Partial<Record<ResidentContactField, string>> }
  | { ok: false; reason: "rate-limited" | "unknown-service" };

/** Validation alone, so the form can show every problem at once without touching the database. */
export function validateResidentContact(input: ResidentContactInput) {
  const parsed = residentContactSchema.safeParse(input);
  if (parsed.success) return { ok: true as const, data: parsed.data };
  const fields: Partial<Record<ResidentContactField, string>> = {};
  // zod skips the whole-object check while single fields fail; a missing way to reach the resident is said at once.
  if (!input.phone?.trim() && !input.email?.trim()) fields.phone = "reach";
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (field === "name" || field === "phone" || field === "email" || field === "message" || field === "consent") {
      fields[field] ??= issue.message === "reach" ? "reach" : field;
    }
  }
  return { ok: false as const, fields };
}

export async function createResidentContactRequest(
  prisma: PrismaClient,
  input: ResidentContactInput,
  context: { ip: string; locale: string; consentText: string; now?: Date },
): Promise<ResidentContactResult> {
  const validated = validateResidentContact(input);
  if (!validated.ok) return { ok: false, reason: "invalid", fields: validated.fields };
  const data = validated.data;
  const now = context.now ?? new Date();

  // A double submit carries the same key: answer as if it were the first, without a second row or a second count.
  const existing = await prisma.contactRequest.findUnique({
    where: { idempotencyKey: data.idempotencyKey },
    select: { id: true, service: { select: { email: true, organization: { select: { email: true } } } } },
  });
  if (existing) {
    return { ok: true, id: existing.id, duplicate: true, serviceEmail: existing.service.email ?? undefined, organizationEmail: existing.service.organization.email ?? undefined };
  }

  const service = await prisma.service.findFirst({
    where: { id: data.serviceId, status: "active" },
    select: { id: true, email: true, organizationId: true, organization: { select: { email: true } }, supporters: { select: { id: true } } },
  });
  if (!service) return { ok: false, reason: "unknown-service" };

  const limit = await hit(prisma, `contact-request:ip:${context.ip}`, RESIDENT_CONTACT_LIMIT, now);
  if (!limit.allowed) return { ok: false, reason: "rate-limited" };

  const supporterId = service.supporters.some((supporter) => supporter.id === data.supporterId) ? data.supporterId : undefined;
  try {
    const created = await prisma.contactRequest.create({
      data: {
        origin: "resident",
        status: "new",
        serviceId: service.id,
        supporterId,
        organizationId: service.organizationId,
        residentName: data.name,
        residentPhone: data.phone,
        residentEmail: data.email,
        preferredContact: data.phone !== undefined ? "phone" : "email",
        question: data.message,
        consentText: context.consentText,
        consentAt: now,
        locale: context.locale,
        idempotencyKey: data.idempotencyKey,
      },
      select: { id: true },
    });
    return { ok: true, id: created.id, duplicate: false, serviceEmail: service.email ?? undefined, organizationEmail: service.organization.email ?? undefined };
  } catch (error) {
    // Two submits at the same moment: the unique key lets one through; the other finds it.
    const raced = await prisma.contactRequest.findUnique({ where: { idempotencyKey: data.idempotencyKey }, select: { id: true } });
    if (raced) return { ok: true, id: raced.id, duplicate: true, serviceEmail: service.email ?? undefined, organizationEmail: service.organization.email ?? undefined };
    throw error;
  }
}

/** Days until personal data in contact requests is erased (RETENTION_DAYS, default 90); shown in the consent text. */
export function retentionDays(source: Record<string, string | undefined> = process.env): number {
  const days = Number(source.RETENTION_DAYS?.trim() || 90);
  return Number.isInteger(days) && days >= 1 ? days : 90;
}
