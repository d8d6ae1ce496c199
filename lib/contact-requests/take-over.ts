import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit/audit";
import { hasRole, type Actor } from "@/lib/auth/roles";
import { idSchema } from "@/lib/catalogue/ids";
import { recordEvent } from "./events";

export const takeOverSchema = z.object({ id: idSchema, version: z.coerce.number().int().positive() });

export type TakeOverResult = { ok: true } | { ok: false; reason: "invalid" | "notAllowed" | "stale" };

/**
 * "Neem over": a staff member follows up a team colleague's handover from now on. Only
 * within one team (the handover's team is the maker's team when it was made), never
 * across teams, never a provider. The version the page showed must still be current, so
 * two colleagues taking over at once cannot both win.
 */
export function mayTakeOver(actor: Actor, row: { origin: string; teamId: string | null; handledByUserId: string | null }): boolean {
  return hasRole(actor, ["staff"]) && row.origin === "staff" && actor.teamId !== null && row.teamId === actor.teamId && row.handledByUserId !== actor.id;
}

export async function takeOverHandover(prisma: PrismaClient, actor: Actor, input: unknown, now: Date = new Date()): Promise<TakeOverResult> {
  const parsed = takeOverSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { id, version } = parsed.data;
  return prisma.$transaction(async (tx) => {
    const row = await tx.contactRequest.findUnique({ where: { id }, select: { origin: true, teamId: true, handledByUserId: true, version: true } });
    if (!row || !mayTakeOver(actor, row)) return { ok: false, reason: "notAllowed" } as const;
    const updated = await tx.contactRequest.updateMany({ where: { id, version }, data: { handledByUserId: actor.id, version: { increment: 1 } } });
    if (updated.count === 0) return { ok: false, reason: "stale" } as const;
    await recordEvent(tx, { requestId: id, kind: "taken_over", actor: { id: actor.id, name: actor.name } }, now);
    await audit(tx, { actorUserId: actor.id, action: "handover.take-over", subjectType: "ContactRequest", subjectId: id });
    return { ok: true } as const;
  });
}
