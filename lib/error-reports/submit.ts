import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { serviceSummary } from "@/lib/catalogue/service-summary";
import { isVisibleStatus } from "@/lib/catalogue/visibility";
import { hit } from "@/lib/rate-limit/rate-limit";
import { ERROR_REPORT_LIMITS, errorReportSchema, type ErrorReportErrorCode, type ErrorReportErrors } from "./schema";

export type SubmitResult =
  | { ok: true }
  | { ok: false; reason: "invalid"; errors: ErrorReportErrors }
  | { ok: false; reason: "unavailable" | "limited" };

/**
 * Validates and stores a report for the editors. Only a service residents can see can be
 * reported on. Expected failures (bad input, too many reports, a service that is gone)
 * come back as values, never as exceptions.
 */
export async function submitErrorReport(prisma: PrismaClient, input: unknown, context: { client: string; locale: string }): Promise<SubmitResult> {
  const parsed = errorReportSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, ErrorReportErrorCode> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message as ErrorReportErrorCode;
    // Only a broken hidden field: nothing the resident can correct.
    if (!errors.message && !errors.email) return { ok: false, reason: "unavailable" };
    return { ok: false, reason: "invalid", errors: { message: errors.message, email: errors.email } };
  }
  // A filled honeypot looks like success to the bot and stores nothing.
  if (parsed.data.website) return { ok: true };

  const service = await serviceSummary(prisma, parsed.data.serviceId);
  if (!service || !isVisibleStatus(service.status)) return { ok: false, reason: "unavailable" };

  const perClient = await hit(prisma, `error-report:client:${context.client}`, ERROR_REPORT_LIMITS.perClient);
  const perService = await hit(prisma, `error-report:service:${service.id}`, ERROR_REPORT_LIMITS.perService);
  if (!perClient.allowed || !perService.allowed) return { ok: false, reason: "limited" };

  await prisma.errorReport.create({
    data: {
      serviceId: service.id,
      message: parsed.data.message,
      contactEmail: parsed.data.email ? parsed.data.email : null,
      locale: context.locale === "en" ? "en" : "nl",
    },
  });
  return { ok: true };
}
