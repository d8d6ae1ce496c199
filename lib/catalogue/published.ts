import type { StoredCatalogue } from "./interchange/stored";
import { isVisibleStatus } from "./visibility";

/**
 * The part of the catalogue anyone may reuse (the open-data API and downloads): the
 * services residents see (./visibility.ts), the organisations and places they use, and
 * every vocabulary and municipality. Left out as not meant for publication: who checked
 * a service (an employee's e-mail address), the stored names of supporters' photos,
 * and a fallback service that is itself not shown.
 */
export function publishedOnly(stored: StoredCatalogue): StoredCatalogue {
  const services = stored.services.filter((service) => isVisibleStatus(service.status));
  const shown = new Set(services.map((service) => service.id));
  const organizations = new Set(services.map((service) => service.organizationId));
  const locations = new Set(services.flatMap((service) => service.serviceAtLocations.map((sal) => sal.locationId)));
  return {
    ...stored,
    organizations: stored.organizations.filter((o) => organizations.has(o.id)),
    locations: stored.locations.filter((l) => locations.has(l.id)),
    services: services.map((service) => ({
      ...service,
      assurerEmail: null,
      backupServiceId: service.backupServiceId !== null && shown.has(service.backupServiceId) ? service.backupServiceId : null,
    })),
    supporters: stored.supporters.filter((p) => shown.has(p.serviceId)).map((p) => ({ ...p, photo: null })),
  };
}
