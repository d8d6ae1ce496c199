import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportPlan } from "./plan";
import { problem, type Problem } from "./problems";
import type { StoredCatalogue } from "./stored";
import { localised } from "./to-document";

/** A service or organisation a plan would delete that contact requests still point at. */
export type RequestedRecord = { kind: "service" | "organization"; id: string; name: string | undefined; count: number };

/**
 * Contact requests keep their service and organisation (the figures need them after the
 * personal data is erased), so `--replace` must not delete one they point at. Read before
 * anything is written.
 */
export async function requestedRecords(tx: Prisma.TransactionClient, plan: ImportPlan, stored: StoredCatalogue): Promise<RequestedRecord[]> {
  const services = plan.services.delete;
  const organizations = plan.organizations.delete;
  if (services.length === 0 && organizations.length === 0) return [];
  const [byService, byOrganization] = [
    await tx.contactRequest.groupBy({ by: ["serviceId"], where: { serviceId: { in: services } }, _count: { _all: true } }),
    await tx.contactRequest.groupBy({ by: ["organizationId"], where: { organizationId: { in: organizations } }, _count: { _all: true } }),
  ];
  const serviceName = new Map(stored.services.map((row) => [row.id, localised(row.name)?.nl]));
  const organizationName = new Map(stored.organizations.map((row) => [row.id, row.name]));
  return [
    ...byService.map((row) => ({ kind: "service" as const, id: row.serviceId, name: serviceName.get(row.serviceId), count: row._count._all })),
    ...byOrganization.map((row) => ({ kind: "organization" as const, id: row.organizationId, name: organizationName.get(row.organizationId), count: row._count._all })),
  ];
}

/** The same as problems: the import then stops with one per record, which suggests marking a service defunct instead. */
export function stillRequestedProblems(records: readonly RequestedRecord[]): Problem[] {
  return records.map(({ kind, id, name, count }) =>
    kind === "service"
      ? problem("still_requested", ["services"], { id, name, count })
      : problem("still_requested_organization", ["organizations"], { id, name, count }),
  );
}
