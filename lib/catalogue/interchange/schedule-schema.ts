import { z } from "zod";
import { always, date, isRecord, localisedText, patterns, time } from "./primitives";

/**
 * Opening or walk-in hours (HSDS schedule). Besides the shapes of schema.json it
 * checks what a reader of the hours would trip over: closing before opening and
 * a validity period that ends before it starts.
 */
export const scheduleFrequency = z.enum(["WEEKLY", "MONTHLY"]);

export const schedule = z
  .object({
    freq: scheduleFrequency.optional(),
    byday: z.string().regex(patterns.byday, { error: "format_byday" }).optional(),
    opens_at: time.optional(),
    closes_at: time.optional(),
    valid_from: date.optional(),
    valid_to: date.optional(),
    description: localisedText.optional(),
    notes: z.string().optional(),
  })
  .superRefine((value: unknown, ctx) => {
    if (!isRecord(value)) return;
    const issue = (message: string, path: string[]) => ctx.addIssue({ code: "custom", message, path });
    const has = (key: string) => value[key] !== undefined;
    if (!has("freq") && !has("description")) issue("schedule_freq_or_description", []);
    if (has("byday") && !has("freq")) issue("schedule_byday_needs_freq", ["byday"]);
    if (has("opens_at") && !has("closes_at")) issue("schedule_needs_closes_at", ["closes_at"]);
    if (has("closes_at") && !has("opens_at")) issue("schedule_needs_opens_at", ["opens_at"]);
    const { freq, byday, opens_at, closes_at, valid_from, valid_to } = value;
    if (freq === "WEEKLY" && typeof byday === "string" && patterns.byday.test(byday) && !patterns.bydayWeekly.test(byday)) {
      issue("format_byday_weekly", ["byday"]);
    }
    // Both times are zero-padded HH:MM, so text order is time order.
    if (isValid(opens_at, patterns.time) && isValid(closes_at, patterns.time) && opens_at >= closes_at) {
      issue("schedule_opens_after_closes", ["closes_at"]);
    }
    if (isValid(valid_from, patterns.date) && isValid(valid_to, patterns.date) && valid_from > valid_to) {
      issue("schedule_valid_range", ["valid_to"]);
    }
  }, always);

function isValid(value: unknown, pattern: RegExp): value is string {
  return typeof value === "string" && pattern.test(value);
}

export type Schedule = z.output<typeof schedule>;
