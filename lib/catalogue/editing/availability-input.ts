import { z } from "zod";
import { isCalendarDate } from "../interchange/primitives";

/**
 * What a provider may change about its own service's availability, as the forms post it:
 * one zod schema for the forms, the server action and the database tests. Error codes,
 * worded by the form (messages/availability). Pure.
 */
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export const MAX_WAITING_DAYS = 3650;
export const MAX_REASON = 500;

const empty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu, { error: "invalid" }).transform((v) => v.toLowerCase());
const day = z.string({ error: "date" }).regex(/^\d{4}-\d{2}-\d{2}$/u, { error: "date" }).refine(isCalendarDate, { error: "date" });
const optionalDay = z.preprocess(empty, day.optional());
const time = z.string({ error: "time" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/u, { error: "time" });
const reason = z.preprocess(trimmed, z.string({ error: "required" }).min(1, { error: "required" }).max(MAX_REASON, { error: "long" }));
const optionalReason = z.preprocess(trimmed, z.string().max(MAX_REASON, { error: "long" }).optional());

const target = { serviceId: uuid, version: z.coerce.number({ error: "invalid" }).int().min(1) };
const hours = {
  byday: z.enum(WEEKDAYS, { error: "day" }),
  opensAt: time,
  closesAt: time,
  validFrom: optionalDay,
  validTo: optionalDay,
};

export const availabilityChange = z
  .discriminatedUnion("change", [
    z.object({
      change: z.literal("intake"),
      ...target,
      accepting: z.enum(["yes", "no", "unknown"], { error: "choose" }),
      waitingDays: z.preprocess(empty, z.coerce.number({ error: "number" }).int({ error: "number" }).min(0, { error: "number" }).max(MAX_WAITING_DAYS, { error: "tooMany" }).optional()),
    }),
    z.object({ change: z.literal("addSchedule"), ...target, place: z.coerce.number({ error: "invalid" }).int().min(0), ...hours }),
    z.object({ change: z.literal("changeSchedule"), ...target, scheduleId: uuid, ...hours }),
    z.object({ change: z.literal("removeSchedule"), ...target, scheduleId: uuid }),
    z.object({ change: z.literal("cancelDate"), ...target, scheduleId: uuid, date: day }),
    z.object({ change: z.literal("restoreDate"), ...target, scheduleId: uuid, date: day }),
    z.object({ change: z.literal("close"), ...target, reasonNl: reason, reasonEn: optionalReason, reopensOn: optionalDay }),
    z.object({ change: z.literal("reopen"), ...target }),
  ])
  .superRefine((value, ctx) => {
    if ("opensAt" in value && value.opensAt >= value.closesAt) ctx.addIssue({ code: "custom", message: "order", path: ["closesAt"] });
    if ("validFrom" in value && value.validFrom && value.validTo && value.validFrom > value.validTo) {
      ctx.addIssue({ code: "custom", message: "range", path: ["validTo"] });
    }
  });

export type AvailabilityChange = z.output<typeof availabilityChange>;
export type ChangeKind = AvailabilityChange["change"];
const CHANGE_KINDS: readonly string[] = ["intake", "addSchedule", "changeSchedule", "removeSchedule", "cancelDate", "restoreDate", "close", "reopen"] satisfies ChangeKind[];
export const isChangeKind = (value: unknown): value is ChangeKind => typeof value === "string" && CHANGE_KINDS.includes(value);
export type AvailabilityErrors = Record<string, string>;

/** The change, or the error code per form field. */
export function parseAvailabilityChange(input: unknown): { ok: true; change: AvailabilityChange } | { ok: false; errors: AvailabilityErrors } {
  const parsed = availabilityChange.safeParse(input);
  if (parsed.success) return { ok: true, change: parsed.data };
  const errors: AvailabilityErrors = {};
  for (const issue of parsed.error.issues) {
    const field = typeof issue.path[0] === "string" ? issue.path[0] : "form";
    errors[field] ??= KNOWN.has(issue.message) ? issue.message : "invalid";
  }
  return { ok: false, errors };
}

const KNOWN = new Set(["date", "time", "day", "choose", "number", "tooMany", "required", "long", "order", "range", "invalid"]);
