import { randomUUID } from "node:crypto";
import { canonical, content } from "./compare";
import { deleteKeys, updateData } from "./db-rows";
import { insertRows } from "./insert-rows";
import { listWrites } from "./diff";
import type { ImportPlan } from "./plan";
import type { Client } from "./stored";

/**
 * Writes services with their child lists, then supporters.
 */
export async function writeServices(tx: Client, plan: ImportPlan, termIds: Map<string, string>): Promise<void> {
  const { services, supporters } = plan;
  const term = (ref: string) => {
    const id = termIds.get(ref);
    if (id === undefined) throw new Error(`Term ${ref} has no id: validation should have refused the document`);
    return id;
  };

  // Services that new services fall back on go in first, so the others can name them
  // straight away; only a fallback between two such services is set afterwards.
  const created = new Set(services.diff.create.map((w) => w.key));
  const targets = new Set(services.diff.create.flatMap((w) => w.columns.backupServiceId ?? []).filter((id) => created.has(id)));
  const first = services.diff.create.filter((w) => targets.has(w.key));
  const rest = services.diff.create.filter((w) => !targets.has(w.key));
  const later = new Set(first.filter((w) => w.columns.backupServiceId !== null && created.has(w.columns.backupServiceId)));
  await insertRows(tx, "Service", first.map((w) => (later.has(w) ? { ...w.columns, backupServiceId: null } : w.columns)));
  await insertRows(tx, "Service", rest.map((w) => w.columns));
  for (const w of later) {
    await tx.service.update({ where: { id: w.key }, data: { backupServiceId: w.columns.backupServiceId } });
  }
  for (const change of services.diff.update) {
    await tx.service.update({ where: { id: change.wanted.key }, data: updateData(change) });
  }

  const phones = listWrites(services.diff, "phones");
  await deleteKeys(phones.replace, (ids) => tx.phone.deleteMany({ where: { serviceId: { in: ids } } }));
  await insertRows(tx, "Phone", phones.insert.flatMap((s) => s.lists.phones.map((row) => ({ ...row, serviceId: s.key }))));
  const areas = listWrites(services.diff, "areas");
  await deleteKeys(areas.replace, (ids) => tx.serviceArea.deleteMany({ where: { serviceId: { in: ids } } }));
  await insertRows(tx, "ServiceArea", areas.insert.flatMap((s) => s.lists.areas.map((municipalityCode, position) => ({ serviceId: s.key, municipalityCode, position }))));
  const attributes = listWrites(services.diff, "attributes");
  await deleteKeys(attributes.replace, (ids) => tx.serviceAttribute.deleteMany({ where: { serviceId: { in: ids } } }));
  await insertRows(tx, "ServiceAttribute", attributes.insert.flatMap((s) => s.lists.attributes.map((ref, position) => ({ serviceId: s.key, termId: term(ref), position }))));
  // Schedules belong to their service-at-location and go with it (on delete cascade).
  const sals = listWrites(services.diff, "serviceAtLocations");
  const cancelled = await cancelledDatesOf(tx, sals.replace);
  await deleteKeys(sals.replace, (ids) => tx.serviceAtLocation.deleteMany({ where: { serviceId: { in: ids } } }));
  const salRows = sals.insert.flatMap((s) =>
    s.lists.serviceAtLocations.map(({ schedules, ...sal }) => ({ row: { ...sal, id: randomUUID(), serviceId: s.key }, schedules })),
  );
  await insertRows(tx, "ServiceAtLocation", salRows.map((s) => s.row));
  await insertRows(tx, "Schedule", salRows.flatMap((s) => s.schedules.map((row) => ({
    ...row,
    serviceAtLocationId: s.row.id,
    cancelledDates: cancelled.take(scheduleKey(s.row.serviceId, s.row.locationId, row)),
  }))));

  await insertRows(tx, "Supporter", supporters.diff.create.map((w) => w.columns));
  for (const change of supporters.diff.update) {
    await tx.supporter.update({ where: { id: change.wanted.key }, data: updateData(change) });
  }
  const lived = listWrites(supporters.diff, "livedExperience");
  await deleteKeys(lived.replace, (ids) => tx.supporterLivedExperience.deleteMany({ where: { supporterId: { in: ids } } }));
  await insertRows(tx, "SupporterLivedExperience", lived.insert.flatMap((p) => p.lists.livedExperience.map((ref, position) => ({ supporterId: p.key, termId: term(ref), position }))));
}

/** A schedule by what it says, whatever its place in the list: the same hours at the same place of the same service. */
function scheduleKey(serviceId: string, locationId: string, schedule: object): string {
  const { position: _position, ...rest } = content(schedule as Record<string, unknown>, "serviceAtLocationId", "cancelledDates");
  void _position;
  return canonical({ serviceId, locationId, ...rest });
}

/**
 * Cancelled dates are kept in the portal only (a provider cancels one walk-in), so a
 * service whose places or hours are written anew keeps them on every schedule that is
 * still the same (matched by content, in order when two are alike); a changed or
 * removed schedule takes its cancelled dates with it.
 */
async function cancelledDatesOf(tx: Client, serviceIds: string[]): Promise<{ take(key: string): string[] }> {
  const kept = new Map<string, string[][]>();
  if (serviceIds.length > 0) {
    const rows = await tx.schedule.findMany({
      where: { serviceAtLocation: { serviceId: { in: serviceIds } }, NOT: { cancelledDates: { isEmpty: true } } },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      include: { serviceAtLocation: { select: { serviceId: true, locationId: true } } },
    });
    for (const { serviceAtLocation, ...row } of rows) {
      const key = scheduleKey(serviceAtLocation.serviceId, serviceAtLocation.locationId, row);
      kept.set(key, [...(kept.get(key) ?? []), row.cancelledDates.map((d) => d.toISOString().slice(0, 10))]);
    }
  }
  return { take: (key) => kept.get(key)?.shift() ?? [] };
}

/**
 * Deletes what the document no longer holds, dependants first: the foreign keys
 * from services to organizations, locations, municipalities and terms restrict.
 */
export async function writeDeletions(tx: Client, plan: ImportPlan, termIds: Map<string, string>): Promise<void> {
  await deleteKeys(plan.supporters.delete, (id) => tx.supporter.deleteMany({ where: { id: { in: id } } }));
  await deleteKeys(plan.services.delete, (id) => tx.service.deleteMany({ where: { id: { in: id } } }));
  await deleteKeys(plan.locations.delete, (id) => tx.location.deleteMany({ where: { id: { in: id } } }));
  await deleteKeys(plan.organizations.delete, (id) => tx.organization.deleteMany({ where: { id: { in: id } } }));
  const terms = plan.terms.delete.flatMap((ref) => termIds.get(ref) ?? []);
  await deleteKeys(terms, (id) => tx.taxonomyTerm.deleteMany({ where: { id: { in: id } } }));
  await deleteKeys(plan.taxonomies.delete, (id) => tx.taxonomy.deleteMany({ where: { id: { in: id } } }));
  await deleteKeys(plan.municipalities.delete, (code) => tx.municipality.deleteMany({ where: { code: { in: code } } }));
}
