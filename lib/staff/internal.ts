import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit/audit";

/** What only professionals see of a service: internal notes and direct lines, kept by editors. */
const text = (max: number) =>
  z.string().trim().max(max, { error: "tooLong" }).transform((v) => (v === "" ? null : v));

export const serviceInternalSchema = z.object({
  serviceId: z.uuid({ error: "form" }),
  notes: text(4000),
  directPhone: text(40).refine((v) => v === null || /^[+0-9 ()-]{6,40}$/.test(v), { error: "directPhone" }),
  directEmail: text(200).refine((v) => v === null || z.email().safeParse(v).success, { error: "directEmail" }),
  /** The version the editor started from; 0 when there were no notes yet. */
  version: z.coerce.number().int().min(0),
});

export type SaveInternalResult = { ok: true } | { ok: false; errors: Record<string, string> };

export async function saveServiceInternal(prisma: PrismaClient, actorUserId: string, input: unknown): Promise<SaveInternalResult> {
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

export async function getServiceInternal(prisma: PrismaClient, serviceId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(serviceId)) return null;
  return prisma.service.findUnique({
    where: { id: serviceId },
    select: { id: true, name: true, internal: { select: { notes: true, directPhone: true, directEmail: true, version: true } } },
  });
}
