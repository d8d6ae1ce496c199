import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * An error report's message and optional e-mail address may say who sent it. A report
 * is kept RETENTION_DAYS after it was sent, like a resident's contact request, then
 * deleted whole (nothing else refers to it).
 */
export async function eraseOldReports(prisma: Prisma.TransactionClient, days: number, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - days * 86_400_000);
  return (await prisma.errorReport.deleteMany({ where: { createdAt: { lte: before } } })).count;
}
