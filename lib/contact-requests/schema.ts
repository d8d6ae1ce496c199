import { z } from "zod";
import { isId } from "@/lib/catalogue/ids";
import { ASKED_LANGUAGE_CODES } from "@/lib/catalogue/vocabulary";

/**
 * One contact request, whoever enters it: the resident on a service's contact page
 * (origin "resident") or wijkteam staff with the resident present (origin "staff", the
 * warm handover). One set of limits for both, chosen so nobody is refused what they
 * would expect to write:
 * - name: at most 200 characters;
 * - phone: 6 to 40 digits, spaces, brackets and dashes, with an optional leading +;
 * - e-mail: a valid address of at most 200 characters;
 * - question: at most 4000 characters (the larger of the two earlier limits, so nothing
 *   that was accepted before is refused now);
 * - what helps the provider act on it, all optional: the language to speak (a code residents
 *   can ask for) and whether an interpreter is needed, the parts of the day to call, whether
 *   calling back and leaving a message are safe, and the vraagwijzer answers in words when
 *   the resident chose to share them.
 * Errors are codes; each form words them for its own reader (ContactForm.errors for
 * residents, StaffHandoverErrors for staff).
 */
export const CONTACT_LIMITS = { name: 200, phone: 40, email: 200, question: 4000, reason: 1000, sharedAnswers: 4000 } as const;
export const PHONE_PATTERN = /^\+?[0-9 ()-]{6,40}$/;

export const ORIGINS = ["resident", "staff"] as const;
export type Origin = (typeof ORIGINS)[number];
export const PREFERRED_CONTACT = ["phone", "email", "sms"] as const;
export const CALL_MOMENTS = ["morning", "afternoon", "evening"] as const;
export type CallMoment = (typeof CALL_MOMENTS)[number];
export const YES_NO = ["yes", "no"] as const;

export type ContactRequestErrorCode =
  | "residentName"
  | "residentPhone"
  | "residentEmail"
  | "phoneNeeded"
  | "emailNeeded"
  | "reach"
  | "preferredContact"
  | "question"
  | "consent"
  | "language"
  | "callMoments"
  | "yesNo"
  | "tooLong"
  | "supporter"
  | "urgencyReason"
  | "reconnect"
  | "form";

const id = (error: ContactRequestErrorCode) => z.string({ error }).refine(isId, { error });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .transform((value) => (value === "" ? undefined : value))
    .optional();

/** A yes/no radio group: true, false, or not answered (undefined). */
const yesNo = z
  .union([z.literal(""), z.enum(YES_NO, { error: "yesNo" })], { error: "yesNo" })
  .optional()
  .transform((value) => (value ? value === "yes" : undefined));

/** Checkboxes: one value or several (a posted form repeats the name), each known, no duplicates. */
const callMoments = z
  .union([z.enum(CALL_MOMENTS), z.array(z.enum(CALL_MOMENTS))], { error: "callMoments" })
  .optional()
  .transform((value) => CALL_MOMENTS.filter((moment) => [value ?? []].flat().includes(moment)));

export const contactRequestSchema = z.object({
  serviceId: id("form"),
  supporterId: z
    .union([z.literal(""), id("supporter")])
    .optional()
    .transform((value) => value || undefined),
  residentName: z.string({ error: "residentName" }).trim().min(1, { error: "residentName" }).max(CONTACT_LIMITS.name, { error: "tooLong" }),
  residentPhone: optionalText(CONTACT_LIMITS.phone).refine((v) => v === undefined || PHONE_PATTERN.test(v), { error: "residentPhone" }),
  residentEmail: optionalText(CONTACT_LIMITS.email).refine((v) => v === undefined || z.email().safeParse(v).success, { error: "residentEmail" }),
  preferredContact: z.enum(PREFERRED_CONTACT, { error: "preferredContact" }).optional(),
  question: z.string({ error: "question" }).trim().min(1, { error: "question" }).max(CONTACT_LIMITS.question, { error: "tooLong" }),
  consent: z.literal("yes", { error: "consent" }),
  idempotencyKey: id("form"),
  language: z
    .union([z.literal(""), z.enum(ASKED_LANGUAGE_CODES)], { error: "language" })
    .optional()
    .transform((value) => value || undefined),
  // Ticked or not said: an unticked box sends nothing.
  interpreter: z
    .union([z.literal(""), z.literal("yes")], { error: "form" })
    .optional()
    .transform((value) => (value === "yes" ? true : undefined)),
  callMoments,
  safeToCall: yesNo,
  safeToMessage: yesNo,
  sharedAnswers: optionalText(CONTACT_LIMITS.sharedAnswers),
  // Staff only (a resident's request never carries these): urgent, with why; the declined handover this one connects again from.
  urgent: yesNo,
  urgencyReason: optionalText(CONTACT_LIMITS.reason),
  previousRequestId: z
    .union([z.literal(""), id("reconnect")])
    .optional()
    .transform((value) => value || undefined),
});

export type ContactRequestInput = z.input<typeof contactRequestSchema>;
export type ContactRequestField = keyof ContactRequestInput;
export type ContactRequestErrors = Partial<Record<ContactRequestField | "form", ContactRequestErrorCode>>;
export type ContactRequestData = z.output<typeof contactRequestSchema> & { preferredContact: (typeof PREFERRED_CONTACT)[number] };

const filled = (value: unknown) => typeof value === "string" && value.trim() !== "";

/**
 * Whether the resident can be reached: staff say how the resident wants to be contacted
 * and fill that in; a resident gives a phone number, an e-mail address or both (and is
 * called when there is a number). Checked with the other fields, so all errors show at once.
 */
function reachErrors(raw: Record<string, unknown>, origin: Origin): ContactRequestErrors {
  const urgency: ContactRequestErrors = raw.urgent === "yes" && !filled(raw.urgencyReason) ? { urgencyReason: "urgencyReason" } : {};
  return { ...urgency, ...reach(raw, origin) };
}

function reach(raw: Record<string, unknown>, origin: Origin): ContactRequestErrors {
  if (origin === "resident") return filled(raw.residentPhone) || filled(raw.residentEmail) ? {} : { residentPhone: "reach" };
  if (raw.preferredContact === "email" && !filled(raw.residentEmail)) return { residentEmail: "emailNeeded" };
  if ((raw.preferredContact === "phone" || raw.preferredContact === "sms") && !filled(raw.residentPhone)) return { residentPhone: "phoneNeeded" };
  if (raw.preferredContact === undefined || raw.preferredContact === "") return { preferredContact: "preferredContact" };
  return {};
}

export function issueCodes<Code extends string>(error: z.ZodError): Record<string, Code> {
  const errors: Record<string, Code> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message as Code;
  return errors;
}

export function validateContactRequest(input: unknown, origin: Origin): { ok: true; data: ContactRequestData } | { ok: false; errors: ContactRequestErrors } {
  const raw = { ...(typeof input === "object" && input !== null ? input : {}) } as Record<string, unknown>;
  // A resident does not choose: they are called when they gave a number, mailed otherwise.
  if (origin === "resident") for (const field of ["preferredContact", "urgent", "urgencyReason", "previousRequestId"]) delete raw[field];
  const parsed = contactRequestSchema.safeParse(raw);
  const errors: ContactRequestErrors = { ...(parsed.success ? {} : issueCodes<ContactRequestErrorCode>(parsed.error)), ...reachErrors(raw, origin) };
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const preferredContact = parsed.data.preferredContact ?? (parsed.data.residentPhone !== undefined ? "phone" : "email");
  // A reason without "urgent" is not kept: it would be personal text nobody is asked to read.
  const urgencyReason = parsed.data.urgent ? parsed.data.urgencyReason : undefined;
  return { ok: true, data: { ...parsed.data, preferredContact, urgencyReason } };
}

/**
 * The provider's answer: declining needs a kind of reason (`DECLINE_CODES`, counted in the
 * figures) and the reason in words for the wijkteam; closing needs an outcome, and the
 * outcome in words when it is "other".
 */
export const TRANSITIONS = ["accept", "decline", "contacted", "close"] as const;
export type Transition = (typeof TRANSITIONS)[number];
export const OUTCOMES = ["supported", "unreachable", "no_longer_wanted", "referred_elsewhere", "other"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const DECLINE_CODES = ["no_capacity", "not_our_help", "outside_area", "other"] as const;
export type DeclineCode = (typeof DECLINE_CODES)[number];

export const transitionSchema = z
  .object({
    id: id("form"),
    version: z.coerce.number().int().min(1),
    to: z.enum(TRANSITIONS),
    reason: optionalText(CONTACT_LIMITS.reason),
    declineCode: z
      .union([z.literal(""), z.enum(DECLINE_CODES)], { error: "declineCode" })
      .optional()
      .transform((value) => value || undefined),
    outcome: z
      .union([z.literal(""), z.enum(OUTCOMES)], { error: "outcome" })
      .optional()
      .transform((value) => value || undefined),
    outcomeText: optionalText(CONTACT_LIMITS.reason),
  })
  .refine((value) => value.to !== "decline" || !!value.declineCode, { path: ["declineCode"], error: "declineCode" })
  .refine((value) => value.to !== "decline" || !!value.reason, { path: ["reason"], error: "reason" })
  .refine((value) => value.to !== "close" || !!value.outcome, { path: ["outcome"], error: "outcome" })
  .refine((value) => value.to !== "close" || value.outcome !== "other" || !!value.outcomeText, { path: ["outcomeText"], error: "outcomeText" });

/** The provider assigns a named supporter of the service. */
export const assignSchema = z.object({ id: id("form"), version: z.coerce.number().int().min(1), supporterId: id("supporter") });
