import type { ContactStatus } from "@/lib/generated/prisma/enums";
import { workingDaysBetween } from "@/lib/calendar/working-days";

/** The statuses in which a request still waits for the provider's answer. */
export const WAITING_STATUSES: readonly ContactStatus[] = ["new", "opened"];

/**
 * The one overdue rule: a request that is still new or opened after `reminderDays` whole
 * working days (REMINDER_WORKING_DAYS; weekends and Dutch public holidays skipped) is
 * overdue. The provider's inbox, the staff member's and the team's lists mark it, and the
 * reminder job tells its maker once.
 */
export function isOverdue(request: { status: ContactStatus; createdAt: Date }, reminderDays: number, now: Date = new Date()): boolean {
  return WAITING_STATUSES.includes(request.status) && workingDaysBetween(request.createdAt, now) >= reminderDays;
}
