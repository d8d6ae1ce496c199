/**
 * Who sees a service. One rule, used by every reader:
 * - visible to residents: active or temporarily closed; a temporarily closed service is
 *   shown, marked, so a resident knows it exists;
 * - open (can be chosen, asked for contact, handed over to, suggested): active only;
 * - inactive and defunct services never reach a resident. The staff lookup lists them
 *   too, marked and after the others, so staff can tell a resident why a service they
 *   knew is gone; nobody can hand over to them.
 */
export type ServiceStatus = "active" | "temporarily_closed" | "inactive" | "defunct";
export type Audience = "residents" | "staff";

export const VISIBLE_STATUSES = ["active", "temporarily_closed"] as const;
export type VisibleStatus = (typeof VISIBLE_STATUSES)[number];

export function isVisibleStatus(status: string): status is VisibleStatus {
  return (VISIBLE_STATUSES as readonly string[]).includes(status);
}

export function isOpenStatus(status: string): status is "active" {
  return status === "active";
}

/** The same statuses as the database stores them, for raw SQL. */
export const VISIBLE_STATUS_SQL_VALUES = ["active", "temporarily closed"];

/** The Prisma filter for services a resident may see. */
export const visibleServiceWhere = { status: { in: [...VISIBLE_STATUSES] } };

/**
 * What is listed as client support (the directory, its facets and counts, compare, the
 * leaflet, suggestions, walk-in hours, supply figures, the staff lookup): every service
 * except those of the municipality's access team (wijkteam / Toegang,
 * `x_is_access_team`). That team decides on provisions; residents meet it in its own
 * block, and its service page stays reachable by its address. The snapshot
 * (queries.ts) applies this once.
 */
export function isClientSupport(service: { independence: { independent: boolean; reason?: string } }): boolean {
  return service.independence.independent || service.independence.reason !== "access-team";
}
