/**
 * The one rule for "checked long ago": a service whose information a person last checked
 * (its `assured_date`) more than `months` months before today, or never, is past the
 * limit. Residents are told to call first; editors find it in the queue
 * (`/beheer/controleren`). Days are Dutch calendar days ("YYYY-MM-DD"). Pure.
 */

/** The earliest check day still within the limit: today minus `months` months (the 31st becomes the month's last day). */
export function checkLimitDay(today: string, months: number): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) - months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** True when a service checked on `assuredDate` (null: never) is past the limit on `today`. */
export function isPastCheckLimit(assuredDate: string | null | undefined, today: string, months: number): boolean {
  if (!assuredDate) return true;
  return assuredDate < checkLimitDay(today, months);
}
