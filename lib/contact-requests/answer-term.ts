import { todayInAmsterdam } from "@/lib/catalogue/format";

/**
 * The one rule for how soon a provider answers a resident's request: within
 * ANSWER_WORKING_DAYS working days (Monday to Friday, Dutch time; public holidays are
 * not counted out). The confirmation page promises it and the inbox shows it.
 */
export const ANSWER_WORKING_DAYS = 3;

/** The last day (YYYY-MM-DD) to answer a request sent at `sent`. */
export function answerBy(sent: Date, days = ANSWER_WORKING_DAYS): string {
  const [y, m, d] = todayInAmsterdam(sent).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}
