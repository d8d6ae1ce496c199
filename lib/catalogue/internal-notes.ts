import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit/audit";
import type * as Db from "@/lib/generated/prisma/client";
import { isId, parseId } from "./ids";
import { localise } from "./localise";

/**
 * What only professionals see of a service: internal notes and direct lines, kept by
 * editors for every service whatever its status (an editor also sees inactive ones).
 */
const text = (max: number) =>
  z.string().trim().max(max, { error: "tooLong" }).transform((v) => (v === "" ? null : v));

export const serviceInternalSchema = z.object({
  serviceId: z.string().refine(isId, { error: "form" }),
  notes: text(4000),
  directPhone: text(40).refine((v) => v === null || /^[+0-9 ()-]{6,40}$/.test(v), { error: "directPhone" }),
  directEmail: text(200).refine((v) => v === null || z.email().safeParse(v).success, { error: "directEmail" }),
  /** The version the editor started from; 0 when there were no notes yet. */
  version: z.coerce.number().int().min(0),
});

export type InternalNotes = { notes: string | null; directPhone: string | null; directEmail: string | null };
export type SaveInternalResult = { ok: true } | { ok: false; errors: Record<string, string> };

export async function saveServiceInternal(prisma: Db.PrismaClient, actorUserId: string, input: unknown): Promise<SaveInternalResult> {
  const parsed = serviceInternalSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { ok: false, errors };
  }
  const { serviceId, version, ...fields } = parsed.data;
  if (!(await prisma.service.findUnique({ where: { id: serviceId }, select: { id: true } }))) return { ok: false, errors: { form: "form" } };
  const saved =
    version === 0
      ? await prisma.serviceInternal
          .create({ data: { serviceId, ...fields, updatedByUserId: actorUserId } })
          .then(() => 1, () => 0)
      : (
          await prisma.serviceInternal.updateMany({
            where: { serviceId, version },
            data: { ...fields, updatedByUserId: actorUserId, version: { increment: 1 } },
          })
        ).count;
  if (saved !== 1) return { ok: false, errors: { form: "stale" } };
  await audit(prisma, { actorUserId, action: "service-internal.save", subjectType: "Service", subjectId: serviceId });
  return { ok: true };
}

/** One service with its notes, for the editor's page; null for an unknown id. */
export async function serviceInternalFor(prisma: Db.PrismaClient, serviceId: string, locale: string) {
  const id = parseId(serviceId);
  if (id === undefined) return null;
  const service = await prisma.service.findUnique({
    where: { id },
    select: { id: true, name: true, internal: { select: { notes: true, directPhone: true, directEmail: true, version: true } } },
  });
  if (!service) return null;
  return { id: service.id, name: localise(service.name, locale) ?? { text: service.id, lang: locale }, internal: service.internal };
}

/** Notes of several services, for the staff lookup's page of results. */
export async function internalNotesFor(prisma: Db.PrismaClient, serviceIds: readonly string[]): Promise<Map<string, InternalNotes>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await prisma.serviceInternal.findMany({
    where: { serviceId: { in: [...serviceIds] } },
    select: { serviceId: true, notes: true, directPhone: true, directEmail: true },
  });
  return new Map(rows.map(({ serviceId, ...notes }) => [serviceId, notes]));
}
