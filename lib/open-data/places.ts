import type * as Db from "@/lib/generated/prisma/client";
import type { StoredLocation, StoredService } from "@/lib/catalogue/interchange/stored";
import { derivedId } from "./ids";
import type { Lookup } from "./lookup";
import { isoDay as day, present, texts, type HsdsRecord as Json } from "./text";

/** Places as HSDS: a location with its address and accessibility, and a service's link to it with the hours (see ./hsds.ts). */

export function location(l: StoredLocation): Json {
  return present({
    id: l.id,
    location_type: l.locationType,
    url: l.url,
    name: l.name,
    ...texts({ description: l.description, transportation: l.transportation }),
    latitude: l.latitude,
    longitude: l.longitude,
    addresses:
      l.address1 === null || l.city === null
        ? undefined
        : [
            {
              id: derivedId("address", l.id),
              location_id: l.id,
              ...present({ address_1: l.address1, address_2: l.address2, city: l.city }),
              state_province: "",
              postal_code: l.postalCode ?? "",
              country: l.country ?? "NL",
              address_type: "physical",
            },
          ],
    accessibility: l.accessibility.map((a) => present({ id: a.id, location_id: l.id, ...texts({ description: a.description }) })),
  });
}

function schedule(s: Db.Schedule, serviceId: string, locationId: string): Json {
  return present({
    id: s.id,
    service_id: serviceId,
    location_id: locationId,
    service_at_location_id: s.serviceAtLocationId,
    valid_from: day(s.validFrom),
    valid_to: day(s.validTo),
    freq: s.freq,
    byday: s.byday,
    opens_at: s.opensAt,
    closes_at: s.closesAt,
    ...texts({ description: s.description }),
    notes: s.notes,
    // Times are local: the profile says Europe/Amsterdam.
    x_timezone: "Europe/Amsterdam",
  });
}

/** A service's link to one place, with its hours and the place itself. */
export function serviceAtLocation(sal: StoredService["serviceAtLocations"][number], lookup: Lookup): Json {
  const place = lookup.locations.get(sal.locationId);
  return present({
    id: sal.id,
    service_id: sal.serviceId,
    location_id: sal.locationId,
    ...texts({ description: sal.description }),
    schedules: sal.schedules.map((s) => schedule(s, sal.serviceId, sal.locationId)),
    location: place && location(place),
  });
}
