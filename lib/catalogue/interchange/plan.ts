import {
  accessibilityRows, identifierRows, locationColumns, municipalityColumns, organizationColumns, phoneRows,
  serviceAtLocationRows, serviceColumns, supporterColumns, taxonomyColumns, termColumns,
} from "./columns";
import { content } from "./compare";
import { diffRecords, type Diff, type Have, type Wanted } from "./diff";
import { storedPhotoName } from "./photos";
import type { CatalogueDocument } from "./schema";
import type { StoredCatalogue } from "./stored";

/**
 * What an import has to do, worked out in memory from the document and the
 * stored catalogue before anything is written. Pure, so it is cheap to test.
 */
export type ImportPlan = ReturnType<typeof planImport>;

const keyed = <T>(rows: T[], key: (row: T) => string, have: (row: T) => Have) =>
  new Map(rows.map((row) => [key(row), () => have(row)] as const));

/** A document's records as wanted, made as the comparison reaches them (diffRecords). */
function* each<T, W>(rows: readonly T[], want: (row: T, index: number) => W): Generator<W> {
  for (let i = 0; i < rows.length; i++) yield want(rows[i]!, i);
}

/** Stored records absent from the document go only when the document replaces the catalogue. */
const deletions = <C extends object, L extends Record<string, unknown>>(diff: Diff<C, L>, replace: boolean) => (replace ? diff.absent : []);

/** Where a record new to the catalogue goes when only some records are merged: after the rest. */
export const APPENDED_POSITION = 1_000_000;

export type PlanOptions = {
  replace: boolean;
  /**
   * Only some records are merged (an editor's change): each keeps its stored place in the
   * catalogue's order instead of its place in the partial document.
   */
  keepPositions?: boolean;
};

export function planImport(document: CatalogueDocument, stored: StoredCatalogue, options: PlanOptions) {
  const { replace } = options;
  const positions = new Map<string, number>();
  if (options.keepPositions) {
    for (const rows of [stored.organizations, stored.locations, stored.services, stored.taxonomies]) {
      for (const row of rows) positions.set(row.id, row.position);
    }
    for (const row of stored.municipalities) positions.set(row.code, row.position);
  }
  const place = (key: string, index: number) =>
    options.keepPositions ? (positions.get(key) ?? APPENDED_POSITION) : index;

  const municipalities = diffRecords(
    each(document.municipalities, (m, i) => ({ key: m.code, columns: municipalityColumns(m, place(m.code, i)), lists: {} })),
    keyed(stored.municipalities, (m) => m.code, (row) => ({ row, lists: {} })),
  );
  const taxonomies = diffRecords(
    each(document.taxonomies, (t, i) => ({ key: t.id, columns: taxonomyColumns(t, place(t.id, i)), lists: {} })),
    keyed(stored.taxonomies, (t) => t.id, (row) => ({ row, lists: {} })),
  );
  const terms = diffRecords(
    document.taxonomies.flatMap((t) =>
      t.terms.map((term, i) => ({ key: `${t.id}:${term.code}`, columns: termColumns(t.id, term, i), lists: {} })),
    ),
    keyed([...stored.terms.values()], (t) => t.ref, (row) => ({ row, lists: {} })),
  );
  const organizations = diffRecords(
    each(document.organizations, (o, i) => ({
      key: o.id,
      columns: organizationColumns(o, place(o.id, i)),
      lists: { identifiers: identifierRows(o), phones: phoneRows(o.phones) },
    })),
    keyed(stored.organizations, (o) => o.id, (row) => ({
      row,
      lists: {
        identifiers: row.identifiers.map((r) => content(r, "organizationId")),
        phones: row.phones.map((r) => content(r, "organizationId", "serviceId")),
      },
    })),
  );
  const locations = diffRecords(
    each(document.locations, (l, i) => ({ key: l.id, columns: locationColumns(l, place(l.id, i)), lists: { accessibility: accessibilityRows(l) } })),
    keyed(stored.locations, (l) => l.id, (row) => ({
      row,
      lists: { accessibility: row.accessibility.map((r) => content(r, "locationId")) },
    })),
  );
  const services = diffRecords(
    each(document.services, (s, i) => ({
      key: s.id,
      columns: serviceColumns(s, place(s.id, i)),
      lists: {
        phones: phoneRows(s.phones),
        areas: s.service_areas.map((a) => a.municipality),
        attributes: s.attributes,
        serviceAtLocations: serviceAtLocationRows(s),
      },
    })),
    keyed(stored.services, (s) => s.id, (row) => ({
      row,
      lists: {
        phones: row.phones.map((r) => content(r, "organizationId", "serviceId")),
        areas: row.areas,
        attributes: row.attributes,
        serviceAtLocations: row.serviceAtLocations.map((sal) => ({
          ...content(sal, "serviceId", "schedules"),
          // Cancelled dates are kept in the portal, not in the exchange format: they never make a schedule differ.
          schedules: sal.schedules.map((r) => content(r, "serviceAtLocationId", "cancelledDates")),
        })),
      },
    })),
  );
  const supporterWanted: Wanted<ReturnType<typeof supporterColumns>, { livedExperience: string[] }>[] = document.services.flatMap((s) =>
    (s.x_supporters ?? []).map((p, i) => ({
      key: p.id,
      columns: supporterColumns(p, s.id, p.photo === undefined ? null : storedPhotoName(p.id, p.photo), i),
      lists: { livedExperience: p.lived_experience ?? [] },
    })),
  );
  const supporters = diffRecords(
    supporterWanted,
    keyed(stored.supporters, (p) => p.id, (row) => ({ row, lists: { livedExperience: row.livedExperience } })),
  );

  // A service in the document lists all its supporters: others stored under it go, even in a merge.
  const documentServices = new Set(document.services.map((s) => s.id));
  const storedSupporters = new Map(stored.supporters.map((p) => [p.id, p]));
  const supporterDeletes = supporters.absent.filter(
    (id) => replace || documentServices.has(storedSupporters.get(id)?.serviceId ?? ""),
  );

  return {
    municipalities: { diff: municipalities, delete: deletions(municipalities, replace) },
    taxonomies: { diff: taxonomies, delete: deletions(taxonomies, replace) },
    terms: { diff: terms, delete: deletions(terms, replace) },
    organizations: { diff: organizations, delete: deletions(organizations, replace) },
    locations: { diff: locations, delete: deletions(locations, replace) },
    services: { diff: services, delete: deletions(services, replace) },
    supporters: { diff: supporters, delete: supporterDeletes },
  };
}
