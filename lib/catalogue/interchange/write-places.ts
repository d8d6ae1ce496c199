import { randomUUID } from "node:crypto";
import { deleteKeys, updateData } from "./db-rows";
import { insertRows } from "./insert-rows";
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

  await insertRows(tx, "Municipality", municipalities.diff.create.map((w) => w.columns));
  for (const change of municipalities.diff.update) {
    await tx.municipality.update({ where: { code: change.wanted.key }, data: updateData(change) });
  }

  await insertRows(tx, "Taxonomy", taxonomies.diff.create.map((w) => w.columns));
  for (const change of taxonomies.diff.update) {
    await tx.taxonomy.update({ where: { id: change.wanted.key }, data: updateData(change) });
  }

  // Term ids are made here rather than by the database, so no read-back is needed.
  const termIds = new Map([...stored.terms.values()].map((t) => [t.ref, t.id]));
  const newTerms = terms.diff.create.map((w) => {
    const id = randomUUID();
    termIds.set(w.key, id);
    return { id, ...w.columns };
  });
  await insertRows(tx, "TaxonomyTerm", newTerms);
  for (const change of terms.diff.update) {
    const [taxonomyId, code] = [change.wanted.columns.taxonomyId, change.wanted.columns.code];
    await tx.taxonomyTerm.update({ where: { taxonomyId_code: { taxonomyId, code } }, data: updateData(change) });
  }

  await insertRows(tx, "Organization", organizations.diff.create.map((w) => w.columns));
  for (const change of organizations.diff.update) {
    await tx.organization.update({ where: { id: change.wanted.key }, data: updateData(change) });
  }
  const identifiers = listWrites(organizations.diff, "identifiers");
  await deleteKeys(identifiers.replace, (ids) => tx.organizationIdentifier.deleteMany({ where: { organizationId: { in: ids } } }));
  await insertRows(tx, "OrganizationIdentifier", identifiers.insert.flatMap((o) => o.lists.identifiers.map((row) => ({ ...row, organizationId: o.key }))));
  const phones = listWrites(organizations.diff, "phones");
  await deleteKeys(phones.replace, (ids) => tx.phone.deleteMany({ where: { organizationId: { in: ids } } }));
  await insertRows(tx, "Phone", phones.insert.flatMap((o) => o.lists.phones.map((row) => ({ ...row, organizationId: o.key }))));

  await insertRows(tx, "Location", locations.diff.create.map((w) => w.columns));
  for (const change of locations.diff.update) {
    await tx.location.update({ where: { id: change.wanted.key }, data: updateData(change) });
  }
  const accessibility = listWrites(locations.diff, "accessibility");
  await deleteKeys(accessibility.replace, (ids) => tx.locationAccessibility.deleteMany({ where: { locationId: { in: ids } } }));
  await insertRows(tx, "LocationAccessibility", accessibility.insert.flatMap((l) => l.lists.accessibility.map((row) => ({ ...row, locationId: l.key }))));
  return termIds;
}
