import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The audit log: every view of a resident's personal data and every change to it or to
 * accounts. Events name the subject by id only; the personal data itself stays out.
 */
type Writer = Pick<PrismaClient, "auditEvent"> | Prisma.TransactionClient;

export type AuditInput = {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Prisma.InputJsonValue;
};

export async function audit(db: Writer, event: AuditInput): Promise<void> {
  await db.auditEvent.create({ data: event });
}

/** One event per record viewed, in one statement. */
export async function auditViews(db: Writer, actorUserId: string, subjectType: string, subjectIds: string[]): Promise<void> {
  if (subjectIds.length === 0) return;
  await db.auditEvent.createMany({
    data: subjectIds.map((subjectId) => ({ actorUserId, action: "view", subjectType, subjectId })),
  });
}
