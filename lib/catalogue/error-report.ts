import "server-only";
import { z } from "zod";
import type * as Db from "@/lib/generated/prisma/client";
import { hit } from "@/lib/rate-limit/rate-limit";
import type { ErrorReportError, ErrorReportState } from "./error-report-state";

export type { ErrorReportState } from "./error-report-state";

/** One schema for the "report an error" form and its server action. */
export const errorReportSchema = z.object({
  serviceId: z.uuid(),
  message: z.string().trim().min(10, "messageTooShort").max(2000, "messageTooLong"),
  email: z.union([z.literal(""), z.email("emailInvalid").max(254, "emailInvalid")]).optional(),
  // Honeypot: people never see or fill it; simple bots do.
  website: z.string().optional(),
});

export const ERROR_REPORT_LIMITS = {
  perClient: { max: 5, windowSeconds: 3600 },
  perService: { max: 30, windowSeconds: 3600 },
} as const;

/**
 * Validates and stores a report for the policy officers. Expected failures (bad input,
 * too many reports, a service that is gone) come back as a state, never as an exception.
 */
export async function submitErrorReport(
  prisma: Db.PrismaClient,
  input: Record<string, unknown>,
  context: { client: string; locale: string },
): Promise<ErrorReportState> {
  const values = { message: String(input.message ?? "").slice(0, 4000), email: String(input.email ?? "").slice(0, 300) };
  const parsed = errorReportSchema.safeParse(input);
  if (!parsed.success) {
    const errors: ErrorReportState["errors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "message" || field === "email") errors[field] ??= issue.message as ErrorReportError;
    }
    if (Object.keys(errors).length === 0) return { status: "failed", values };
    return { status: "invalid", errors, values };
  }
  // A filled honeypot looks like success to the bot and stores nothing.
  if (parsed.data.website) return { status: "sent" };

  const service = await prisma.service.findFirst({
    where: { id: parsed.data.serviceId, status: { in: ["active", "temporarily_closed"] } },
    select: { id: true },
  });
  if (!service) return { status: "failed", values };

  const perClient = await hit(prisma, `error-report:client:${context.client}`, ERROR_REPORT_LIMITS.perClient);
  const perService = await hit(prisma, `error-report:service:${service.id}`, ERROR_REPORT_LIMITS.perService);
  if (!perClient.allowed || !perService.allowed) return { status: "limited", values };

  await prisma.errorReport.create({
    data: {
      serviceId: service.id,
      message: parsed.data.message,
      contactEmail: parsed.data.email ? parsed.data.email : null,
      locale: context.locale === "en" ? "en" : "nl",
    },
  });
  return { status: "sent" };
}
