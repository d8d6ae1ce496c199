import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * An error report's message and optional e-mail address may say who sent it, and so may
 * the editor's words on it (`resolution`, which can repeat them). A report is kept
 * RETENTION_DAYS after it was sent, like a resident's own contact request, then deleted
 * whole: message, address and resolution go together, whenever the report was handled
 * (nothing else refers to it).
 */
export async function eraseOldReports(prisma: Prisma.TransactionClient, days: number, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - days * 86_400_000);
  return (await prisma.errorReport.deleteMany({ where: { createdAt: { lte: before } } })).count;
}
