import "server-only";
import type { ErrorReportStatus, PrismaClient } from "@/lib/generated/prisma/client";
import { audit, auditViews } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/roles";
import { serviceSummaries } from "@/lib/catalogue/service-summary";
import { localise, type LocalisedText } from "@/lib/catalogue/localise";
import { getPrisma } from "@/lib/db/client";
import { handleErrorReportSchema, type ErrorReportOutcome, type HandleErrorCode, type ReportFilter } from "./schema";

/** Older reports were only "handled": they count as resolved, with no words. */
export type ShownStatus = "open" | ErrorReportOutcome;
const shownStatus = (status: ErrorReportStatus): ShownStatus => (status === "handled" ? "resolved" : status);

const STATUSES: Record<ReportFilter, ErrorReportStatus[]> = { open: ["open"], done: ["resolved", "dismissed", "handled"] };

export const REPORTS_PAGE_SIZE = 25;

export type ReportView = {
  id: string;
  serviceId: string;
  serviceName: LocalisedText;
  message: string;
  contactEmail: string | null;
  status: ShownStatus;
  createdAt: Date;
  handledAt: Date | null;
  resolution: string | null;
};

/**
 * Residents' reports of mistakes in the catalogue, for editors: the open ones oldest
 * first (the longest waiting on top), the done ones newest handled first. Reading a
 * report with an e-mail address is a view of personal data, audited.
 */
export async function listErrorReports(
  prisma: PrismaClient,
  actorUserId: string,
  locale: string,
  options: { filter?: ReportFilter; page?: number } = {},
): Promise<{ reports: ReportView[]; total: number; page: number; pages: number }> {
  const filter = options.filter ?? "open";
  const where = { status: { in: STATUSES[filter] } };
  const total = await prisma.errorReport.count({ where });
  const pages = Math.max(1, Math.ceil(total / REPORTS_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page ?? 1), pages);
  const rows = await prisma.errorReport.findMany({
    where,
    select: { id: true, message: true, contactEmail: true, status: true, createdAt: true, serviceId: true, handledAt: true, resolution: true },
    orderBy: filter === "open" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ handledAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * REPORTS_PAGE_SIZE,
    take: REPORTS_PAGE_SIZE,
  });
  await auditViews(prisma, actorUserId, "ErrorReport", rows.filter((r) => r.contactEmail).map((r) => r.id));
  const names = await serviceNames(prisma, rows.map((r) => r.serviceId), locale);
  const reports = rows.map((r) => ({ ...r, status: shownStatus(r.status), serviceName: names.get(r.serviceId) ?? { text: r.serviceId, lang: locale } }));
  return { reports, total, page, pages };
}

export async function errorReportsFor(actor: Actor, locale: string, options: { filter?: ReportFilter; page?: number }) {
  return listErrorReports(await getPrisma(), actor.id, locale, options);
}

async function serviceNames(prisma: PrismaClient, ids: string[], locale: string): Promise<Map<string, LocalisedText>> {
  const services = await serviceSummaries(prisma, ids);
  return new Map([...services].flatMap(([id, s]) => {
    const name = localise(s.name, locale);
    return name ? [[id, name] as const] : [];
  }));
}

/** For the editor's dashboard: how many reports are open, and the longest waiting (service and day only, no resident's words). */
export async function openReportsSummary(prisma: PrismaClient, locale: string, take = 5) {
  const where = { status: "open" as const };
  const [total, rows] = await Promise.all([
    prisma.errorReport.count({ where }),
    prisma.errorReport.findMany({ where, select: { id: true, serviceId: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take }),
  ]);
  const names = await serviceNames(prisma, rows.map((r) => r.serviceId), locale);
  return { total, items: rows.map((r) => ({ ...r, serviceName: names.get(r.serviceId) ?? { text: r.serviceId, lang: locale } })) };
}

export type HandleResult = { ok: true; outcome: ErrorReportOutcome } | { ok: false; reason: "invalid"; errors: Partial<Record<"resolution" | "outcome", HandleErrorCode>> } | { ok: false; reason: "gone" };

/**
 * An editor resolves an open report (with what was done) or dismisses it (with why).
 * Only an open report can be handled, once: a second post of the same form finds it done.
 */
export async function handleErrorReport(prisma: PrismaClient, actorUserId: string, input: unknown, now = new Date()): Promise<HandleResult> {
  const parsed = handleErrorReportSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Partial<Record<"resolution" | "outcome", HandleErrorCode>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "resolution" || field === "outcome") errors[field] ??= issue.message as HandleErrorCode;
    }
    return Object.keys(errors).length > 0 ? { ok: false, reason: "invalid", errors } : { ok: false, reason: "gone" };
  }
  const { id, outcome, resolution } = parsed.data;
  return prisma.$transaction(async (tx) => {
    const result = await tx.errorReport.updateMany({
      where: { id, status: "open" },
      data: { status: outcome, resolution, handledAt: now, handledByUserId: actorUserId },
    });
    if (result.count !== 1) return { ok: false as const, reason: "gone" as const };
    await audit(tx, { actorUserId, action: `error-report.${outcome}`, subjectType: "ErrorReport", subjectId: id });
    return { ok: true as const, outcome };
  });
}

export async function openReportsFor(locale: string) {
  return openReportsSummary(await getPrisma(), locale);
}
