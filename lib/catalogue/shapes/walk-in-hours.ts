import { localise, type LocalisedText } from "../localise";
import type { CatalogueSchedule, CatalogueService } from "../records";
import { occurrencesWithin, walkInOnly } from "../schedule";
import { isOpenStatus } from "../visibility";
import type { Kind } from "../vocabulary";

/** How many days ahead the walk-in page looks, today included. */
export const WALK_IN_DAYS = 14;

/** One walk-in hour: when, where, and whose. */
export type WalkInHour = {
  opensAt: string | undefined;
  closesAt: string | undefined;
  place: CatalogueSchedule["place"];
  service: { id: string; name: LocalisedText; organizationName: string; kind: Kind | undefined };
};

/** The walk-in hours of one local calendar date (YYYY-MM-DD), earliest first. */
export type WalkInDay = { date: string; hours: WalkInHour[] };

/**
 * Every walk-in hour (schedule.ts: attendanceOf, never an hour by appointment) of the
 * open client support services of a municipality, from now through the next `days`
 * local days, grouped by day. Cancelled dates are left out by the schedule itself.
 */
export function walkInDays(services: readonly CatalogueService[], municipality: string, locale: string, now: Date, days = WALK_IN_DAYS): WalkInDay[] {
  const hours = services
    .filter((service) => isOpenStatus(service.status) && service.municipalities.includes(municipality))
    .flatMap((service) => {
      const name = localise(service.name, locale);
      if (!name) return [];
      return occurrencesWithin(walkInOnly(service.schedules), now, days).map((o) => ({
        date: o.date,
        start: o.start.getTime(),
        hour: {
          opensAt: o.opensAt,
          closesAt: o.closesAt,
          place: service.schedules[o.schedule]!.place,
          service: { id: service.id, name, organizationName: service.organizationName, kind: service.kind },
        },
      }));
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.start - b.start);
  const byDay = new Map<string, WalkInHour[]>();
  for (const { date, hour } of hours) byDay.set(date, [...(byDay.get(date) ?? []), hour]);
  return [...byDay].map(([date, list]) => ({ date, hours: list }));
}
