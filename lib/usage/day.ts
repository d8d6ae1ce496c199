import { dutchDay } from "@/lib/calendar/working-days";

/** The day in the Netherlands, so figures per day match the policy officer's calendar. */
export function usageDay(now: Date): Date {
  return new Date(`${dutchDay(now)}T00:00:00Z`);
}
