/** The day in the Netherlands, so figures per day match the policy officer's calendar. */
export function usageDay(now: Date): Date {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${day}T00:00:00Z`);
}
