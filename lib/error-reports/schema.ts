import { z } from "zod";
import { isId } from "@/lib/catalogue/ids";

/**
 * A resident's report of a mistake on a service's page: one schema for the form, its
 * server action and the store. Messages are codes, worded by the form (ErrorReport).
 */
export type ErrorReportErrorCode = "messageTooShort" | "messageTooLong" | "emailInvalid" | "form";

export const ERROR_REPORT_MESSAGE_MAX = 2000;

export const errorReportSchema = z.object({
  serviceId: z.string({ error: "form" }).refine(isId, { error: "form" }),
  message: z.string({ error: "messageTooShort" }).trim().min(10, { error: "messageTooShort" }).max(ERROR_REPORT_MESSAGE_MAX, { error: "messageTooLong" }),
  email: z.union([z.literal(""), z.email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" })]).optional(),
  // Honeypot: people never see or fill it; simple bots do.
  website: z.string().optional(),
});

export type ErrorReportErrors = Partial<Record<"message" | "email" | "form", ErrorReportErrorCode>>;

export const ERROR_REPORT_LIMITS = {
  perClient: { max: 5, windowSeconds: 3600 },
  perService: { max: 30, windowSeconds: 3600 },
} as const;

/**
 * An editor's handling of a report: resolved (with what was done) or dismissed (with why).
 * The words are required; they are erased with the report (erase-old-reports.ts).
 */
export const ERROR_REPORT_OUTCOMES = ["resolved", "dismissed"] as const;
export type ErrorReportOutcome = (typeof ERROR_REPORT_OUTCOMES)[number];
export const RESOLUTION_MAX = 2000;
export type HandleErrorCode = "resolutionRequired" | "resolutionTooLong" | "outcome";

export const handleErrorReportSchema = z.object({
  id: z.string().refine(isId).transform((id) => id.toLowerCase()),
  outcome: z.enum(ERROR_REPORT_OUTCOMES, { error: "outcome" }),
  resolution: z.string({ error: "resolutionRequired" }).trim().min(1, { error: "resolutionRequired" }).max(RESOLUTION_MAX, { error: "resolutionTooLong" }),
});

/** The two lists of the queue: still to do, and done (resolved, dismissed, or handled before those existed). */
export const REPORT_FILTERS = ["open", "done"] as const;
export type ReportFilter = (typeof REPORT_FILTERS)[number];
export const reportFilterSchema = z.enum(REPORT_FILTERS).catch("open");
