import { z } from "zod";

/**
 * A warm handover as staff enter it with the resident present. Messages are keys into
 * StaffHandoverErrors, so the form shows them in the user's language.
 */
export const PREFERRED_CONTACT = ["phone", "email", "sms"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .transform((value) => (value === "" ? undefined : value))
    .optional();

export const handoverSchema = z
  .object({
    serviceId: z.uuid({ error: "service" }),
    supporterId: z.union([z.uuid({ error: "supporter" }), z.literal("").transform(() => undefined)]).optional(),
    residentName: z.string().trim().min(1, { error: "residentName" }).max(200, { error: "tooLong" }),
    residentPhone: optionalText(40).refine((v) => v === undefined || /^[+0-9 ()-]{6,40}$/.test(v), { error: "residentPhone" }),
    residentEmail: optionalText(200).refine((v) => v === undefined || z.email().safeParse(v).success, { error: "residentEmail" }),
    preferredContact: z.enum(PREFERRED_CONTACT, { error: "preferredContact" }),
    question: z.string().trim().min(1, { error: "question" }).max(4000, { error: "tooLong" }),
    consent: z.literal("yes", { error: "consent" }),
    idempotencyKey: z.uuid({ error: "form" }),
  })
;

/** Whether the resident can be reached the way they prefer: checked with the other fields, so all errors show at once. */
function contactErrors(raw: Record<string, unknown>): Record<string, string> {
  const filled = (value: unknown) => typeof value === "string" && value.trim() !== "";
  if (raw.preferredContact === "email" && !filled(raw.residentEmail)) return { residentEmail: "emailNeeded" };
  if ((raw.preferredContact === "phone" || raw.preferredContact === "sms") && !filled(raw.residentPhone)) return { residentPhone: "phoneNeeded" };
  return {};
}

export function validateHandover(input: unknown) {
  const raw = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const parsed = handoverSchema.safeParse(raw);
  const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...contactErrors(raw) } as FieldErrors;
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true as const, data: parsed.data };
  return { ok: false as const, errors };
}

export type HandoverInput = z.input<typeof handoverSchema>;

export type FieldErrors = Partial<Record<keyof HandoverInput | "form", string>>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors as FieldErrors;
}

/** The provider's answer; a reason is required when declining. */
export const TRANSITIONS = ["accept", "decline", "contacted", "close"] as const;
export type Transition = (typeof TRANSITIONS)[number];

export const transitionSchema = z
  .object({
    id: z.uuid(),
    version: z.coerce.number().int().min(1),
    to: z.enum(TRANSITIONS),
    reason: optionalText(1000),
  })
  .refine((value) => value.to !== "decline" || !!value.reason, { path: ["reason"], error: "reason" });
