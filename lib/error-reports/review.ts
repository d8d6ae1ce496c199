import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit, auditViews } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/roles";
import { isId } from "@/lib/catalogue/ids";
import { serviceSummaries } from "@/lib/catalogue/service-summary";
import { localise } from "@/lib/catalogue/localise";
import { getPrisma } from "@/lib/db/client";

/** Residents' reports of mistakes in the catalogue, for editors to handle: open ones first. */
export async function listErrorReports(prisma: PrismaClient, actorUserId: string, locale: string) {
  const reports = await prisma.errorReport.findMany({
    select: { id: true, message: true, contactEmail: true, status: true, createdAt: true, serviceId: true },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 200,
  });
  // A report may hold an e-mail address: reading it is a view of personal data.
  await auditViews(prisma, actorUserId, "ErrorReport", reports.filter((r) => r.contactEmail).map((r) => r.id));
  const services = await serviceSummaries(prisma, reports.map((r) => r.serviceId));
  return reports.map((r) => ({ ...r, serviceName: localise(services.get(r.serviceId)?.name, locale) ?? { text: r.serviceId, lang: locale } }));
}

export async function errorReportsFor(actor: Actor, locale: string) {
  return listErrorReports(await getPrisma(), actor.id, locale);
}

export async function markErrorReportHandled(prisma: PrismaClient, actorUserId: string, id: string): Promise<boolean> {
  if (!isId(id)) return false;
  const result = await prisma.errorReport.updateMany({
    where: { id: id.toLowerCase(), status: "open" },
    data: { status: "handled", handledAt: new Date(), handledByUserId: actorUserId },
  });
  if (result.count === 1) await audit(prisma, { actorUserId, action: "error-report.handled", subjectType: "ErrorReport", subjectId: id });
  return result.count === 1;
}
