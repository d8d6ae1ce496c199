import { addWorkingDays } from "@/lib/calendar/working-days";

/**
 * The one rule for how soon a provider answers a resident's request: within
 * ANSWER_WORKING_DAYS working days (Monday to Friday, Dutch public holidays not counted;
 * `lib/calendar/working-days.ts`). The confirmation page promises it and the inbox shows it.
 */
export const ANSWER_WORKING_DAYS = 3;

/** The last day (YYYY-MM-DD) to answer a request sent at `sent`. */
export function answerBy(sent: Date, days = ANSWER_WORKING_DAYS): string {
  return addWorkingDays(sent, days);
}
