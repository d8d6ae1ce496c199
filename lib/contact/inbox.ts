import type { PrismaClient } from "@/lib/generated/prisma/client";
import { auditViews } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/roles";

/**
 * Who may see a resident's data: the staff member who made the handover, the receiving
 * organisation's providers, and admins. Every read here writes one audit event per request.
 */
const fields = {
  id: true,
  origin: true,
  status: true,
  version: true,
  serviceId: true,
  supporterId: true,
  residentName: true,
  residentPhone: true,
  residentEmail: true,
  preferredContact: true,
  question: true,
  consentText: true,
  consentAt: true,
  declineReason: true,
  createdAt: true,
  erasedAt: true,
  service: { select: { name: true, supporters: { select: { id: true, displayName: true } } } },
  organization: { select: { name: true } },
  createdBy: { select: { name: true } },
} as const;

export type ContactRequestView = Awaited<ReturnType<typeof listInbox>>[number];

async function viewed<T extends { id: string }>(prisma: PrismaClient, actor: Actor, rows: T[]): Promise<T[]> {
  await auditViews(prisma, actor.id, "ContactRequest", rows.map((row) => row.id));
  return rows;
}

/** A provider's inbox: warm handovers and residents' own requests to its organisation. */
export async function listInbox(prisma: PrismaClient, actor: Actor) {
  const rows = await prisma.contactRequest.findMany({
    where: { organizationId: actor.organizationId ?? "00000000-0000-0000-0000-000000000000" },
    select: fields,
    orderBy: [{ createdAt: "desc" }],
    take: 200,
  });
  return viewed(prisma, actor, rows);
}

/** The handovers a staff member made (admins: all), newest first. */
export async function listHandovers(prisma: PrismaClient, actor: Actor) {
  const rows = await prisma.contactRequest.findMany({
    where: actor.role === "admin" ? { origin: "staff" } : { origin: "staff", createdByUserId: actor.id },
    select: fields,
    orderBy: [{ createdAt: "desc" }],
    take: 200,
  });
  return viewed(prisma, actor, rows);
}

/** One request, when this actor may see it; null otherwise (also for an unknown id). */
export async function getContactRequest(prisma: PrismaClient, actor: Actor, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await prisma.contactRequest.findUnique({
    where: { id },
    select: { ...fields, createdByUserId: true, organizationId: true },
  });
  if (!row) return null;
  const allowed =
    actor.role === "admin" ||
    (actor.role === "staff" && row.createdByUserId === actor.id) ||
    (actor.role === "provider" && row.organizationId === actor.organizationId);
  if (!allowed) return null;
  await viewed(prisma, actor, [row]);
  return row;
}
