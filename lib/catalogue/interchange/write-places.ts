import { randomUUID } from "node:crypto";
import { createRows, dbRow, deleteKeys, updateData } from "./db-rows";
import { listWrites } from "./diff";
import type { ImportPlan } from "./plan";
import type { Client, StoredCatalogue } from "./stored";

/**
 * Writes the records services depend on: municipalities, vocabularies,
 * organizations and locations (each with its child lists). Returns the id of
 * every taxonomy term by reference, for the service and supporter rows.
 */
export async function writeVocabulariesAndPlaces(
  tx: Client,
  plan: ImportPlan,
  stored: StoredCatalogue,
): Promise<Map<string, string>> {
  const { municipalities, taxonomies, terms, organizations, locations } = plan;

  await createRows(municipalities.diff.create.map((w) => dbRow(w.columns)), (data) => tx.municipality.createMany({ data }));
  for (const change of municipalities.diff.update) {
    await tx.municipality.update({ where: { code: change.wanted.key }, data: updateData(change) });
  }

  await createRows(taxonomies.diff.create.map((w) => dbRow(w.columns)), (data) => tx.taxonomy.createMany({ data }));
  for (const change of taxonomies.diff.update) {
    await tx.taxonomy.update({ where: { id: change.wanted.key }, data: updateData(change) });
  }

  // Term ids are made here rather than by the database, so no read-back is needed.
  const termIds = new Map([...stored.terms.values()].map((t) => [t.ref, t.id]));
  const newTerms = terms.diff.create.map((w) => {
    const id = randomUUID();
    termIds.set(w.key, id);
    return { id, ...dbRow(w.columns) };
  });
  await createRows(newTerms, (data) => tx.taxonomyTerm.createMany({ data }));
  for (const change of terms.diff.update) {
    const [taxonomyId, code] = [change.wanted.columns.taxonomyId, change.wanted.columns.code];
    await tx.taxonomyTerm.update({ where: { taxonomyId_code: { taxonomyId, code } }, data: updateData(change) });
  }

  await createRows(organizations.diff.create.map((w) => dbRow(w.columns)), (data) => tx.organization.createMany({ data }));
  for (const change of organizations.diff.update) {
    await tx.organization.update({ where: { id: change.wanted.key }, data: updateData(change) });
  }
  const identifiers = listWrites(organizations.diff, "identifiers");
  await deleteKeys(identifiers.replace, (ids) => tx.organizationIdentifier.deleteMany({ where: { organizationId: { in: ids } } }));
  await createRows(
    identifiers.insert.flatMap((o) => o.lists.identifiers.map((row) => ({ ...row, organizationId: o.key }))),
    (data) => tx.organizationIdentifier.createMany({ data }),
  );
  const phones = listWrites(organizations.diff, "phones");
  await deleteKeys(phones.replace, (ids) => tx.phone.deleteMany({ where: { organizationId: { in: ids } } }));
  await createRows(
    phones.insert.flatMap((o) => o.lists.phones.map((row) => ({ ...dbRow(row), organizationId: o.key }))),
    (data) => tx.phone.createMany({ data }),
  );

  await createRows(locations.diff.create.map((w) => dbRow(w.columns)), (data) => tx.location.createMany({ data }));
  for (const change of locations.diff.update) {
    await tx.location.update({ where: { id: change.wanted.key }, data: updateData(change) });
  }
  const accessibility = listWrites(locations.diff, "accessibility");
  await deleteKeys(accessibility.replace, (ids) => tx.locationAccessibility.deleteMany({ where: { locationId: { in: ids } } }));
  await createRows(
    accessibility.insert.flatMap((l) => l.lists.accessibility.map((row) => ({ ...row, locationId: l.key }))),
    (data) => tx.locationAccessibility.createMany({ data }),
  );
  return termIds;
}
