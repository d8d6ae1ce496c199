import { dutchDay } from "@/lib/calendar/working-days";
import { env } from "@/lib/env";
import { isPastCheckLimit } from "./check-limit";

/** The check limit as the portal is set up (FRESHNESS_MONTHS): is this service's check too old today, in the Netherlands? */
export function pastCheckLimitNow(assuredDate: string | null | undefined, now = new Date()): boolean {
  return isPastCheckLimit(assuredDate, dutchDay(now), env().freshnessMonths);
}

/** The months of FRESHNESS_MONTHS, for the sentences that name them. */
export function checkLimitMonths(): number {
  return env().freshnessMonths;
}
