import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Personal data is kept only as long as needed: RETENTION_DAYS (env().retentionDays,
 * checked at start) after a request was closed or declined, and for residents' own
 * requests that long after they were sent, whatever their status. The request itself
 * stays, without the person.
 */
export async function purgePersonalData(prisma: Prisma.TransactionClient, days: number, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - days * 86_400_000);
  const result = await prisma.contactRequest.updateMany({
    where: {
      erasedAt: null,
      OR: [
        { status: "closed", closedAt: { lte: before } },
        { status: "declined", declinedAt: { lte: before } },
        { origin: "resident", createdAt: { lte: before } },
      ],
    },
    data: {
      residentName: null,
      residentPhone: null,
      residentEmail: null,
      question: null,
      preferredContact: null,
      language: null,
      interpreter: null,
      callMoments: [],
      safeToCall: null,
      safeToMessage: null,
      sharedAnswers: null,
      declineReason: null,
      // The provider's and the staff member's own words about this person are personal too.
      outcomeText: null,
      urgencyReason: null,
      erasedAt: now,
      version: { increment: 1 },
    },
  });
  if (result.count > 0) {
    await prisma.auditEvent.create({
      data: { actorUserId: null, action: "contact.erase", subjectType: "ContactRequest", subjectId: "*", details: { count: result.count, days } },
    });
  }
  return result.count;
}
