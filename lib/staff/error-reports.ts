import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit, auditViews } from "@/lib/audit/audit";

/** Residents' reports of mistakes in the catalogue, for editors to handle. */
export async function listErrorReports(prisma: PrismaClient, actorUserId: string) {
  const reports = await prisma.errorReport.findMany({
    select: { id: true, message: true, contactEmail: true, status: true, createdAt: true, serviceId: true, service: { select: { name: true } } },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 200,
  });
  // A report may hold an e-mail address: reading it is a view of personal data.
  await auditViews(prisma, actorUserId, "ErrorReport", reports.filter((r) => r.contactEmail).map((r) => r.id));
  return reports;
}

export async function markErrorReportHandled(prisma: PrismaClient, actorUserId: string, id: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
  const result = await prisma.errorReport.updateMany({
    where: { id, status: "open" },
    data: { status: "handled", handledAt: new Date(), handledByUserId: actorUserId },
  });
  if (result.count === 1) await audit(prisma, { actorUserId, action: "error-report.handled", subjectType: "ErrorReport", subjectId: id });
  return result.count === 1;
}
