import { strToU8, zipSync } from "fflate";
import type { OpenCatalogue } from "./catalogue";

/**
 * The published catalogue as HSDS tabular data: one CSV file per HSDS table, with the
 * columns of the HSDS schema (plus the profile's x_ extensions that hold one value) and a
 * datapackage.json (Frictionless Data) describing them, zipped. The rows are the API's
 * own HSDS records taken apart, so the CSV and the API always say the same. Text is
 * Dutch; the other languages are in the JSON (x_translations).
 */
type Row = Record<string, unknown>;

/** HSDS 3.0 tables: file name and the schema's single-value columns, in the schema's order. */
const TABLES = {
  organizations: ["organizations.csv", ["id", "name", "alternate_name", "description", "email", "website", "tax_status", "tax_id", "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id"]],
  organization_identifiers: ["organization_identifiers.csv", ["id", "organization_id", "identifier_scheme", "identifier_type", "identifier"]],
  services: ["services.csv", ["id", "organization_id", "program_id", "name", "alternate_name", "description", "url", "email", "status", "interpretation_services", "application_process", "fees_description", "wait_time", "fees", "accreditations", "eligibility_description", "minimum_age", "maximum_age", "assured_date", "assurer_email", "licenses", "alert", "last_modified"]],
  phones: ["phones.csv", ["id", "location_id", "service_id", "organization_id", "contact_id", "service_at_location_id", "number", "extension", "type", "description"]],
  service_areas: ["service_areas.csv", ["id", "service_id", "name", "description", "extent", "extent_type", "uri"]],
  languages: ["languages.csv", ["id", "service_id", "location_id", "phone_id", "name", "code", "note"]],
  attributes: ["attributes.csv", ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"]],
  service_at_locations: ["service_at_location.csv", ["id", "service_id", "location_id", "description"]],
  schedules: ["schedules.csv", ["id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to", "dtstart", "timezone", "until", "count", "wkst", "freq", "interval", "byday", "byweekno", "bymonthday", "byyearday", "description", "opens_at", "closes_at", "schedule_link", "attending_type", "notes"]],
  locations: ["locations.csv", ["id", "location_type", "url", "organization_id", "name", "alternate_name", "description", "transportation", "latitude", "longitude", "external_identifier", "external_identifier_type"]],
  addresses: ["addresses.csv", ["id", "location_id", "attention", "address_1", "address_2", "city", "region", "state_province", "postal_code", "country", "address_type"]],
  accessibility: ["accessibility.csv", ["id", "location_id", "description", "details", "url"]],
  taxonomies: ["taxonomies.csv", ["id", "name", "description", "uri", "version"]],
  taxonomy_terms: ["taxonomy_terms.csv", ["id", "code", "name", "description", "parent_id", "taxonomy", "language", "taxonomy_id", "term_uri"]],
} as const satisfies Record<string, readonly [string, readonly string[]]>;

export type TableName = keyof typeof TABLES;

const list = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

/** Every table's rows, from the API's records. */
export function tableRows(catalogue: OpenCatalogue): Record<TableName, Row[]> {
  const sals = catalogue.serviceAtLocations.map((sal) => sal.record);
  const locations = new Map<string, Row>();
  for (const sal of sals) if (sal.location) locations.set((sal.location as Row).id as string, sal.location as Row);
  const organizations = catalogue.organizations.map((o) => o.full);
  const services = catalogue.services.map((entry) => entry.full);
  return {
    organizations,
    organization_identifiers: organizations.flatMap((o) => list(o.organization_identifiers)),
    services: catalogue.services.map((entry) => entry.summary),
    phones: [...organizations.flatMap((o) => list(o.phones)), ...services.flatMap((s) => list(s.phones))],
    service_areas: services.flatMap((s) => list(s.service_areas)),
    languages: services.flatMap((s) => list(s.languages)),
    attributes: services.flatMap((s) => list(s.attributes)),
    service_at_locations: sals,
    schedules: sals.flatMap((sal) => list(sal.schedules)),
    locations: [...locations.values()],
    addresses: [...locations.values()].flatMap((l) => list(l.addresses)),
    accessibility: [...locations.values()].flatMap((l) => list(l.accessibility)),
    taxonomies: catalogue.taxonomies.map((t) => t.record),
    taxonomy_terms: catalogue.terms.map((t) => t.record),
  };
}

const isCell = (value: unknown) => ["string", "number", "boolean"].includes(typeof value);

/** The HSDS columns, then the extensions that hold a single value in some row. */
export function columnsOf(table: TableName, rows: Row[]): string[] {
  const hsds: readonly string[] = TABLES[table][1];
  const extensions = new Set<string>();
  for (const row of rows) for (const [key, value] of Object.entries(row)) if (key.startsWith("x_") && isCell(value)) extensions.add(key);
  return [...hsds, ...extensions];
}

function cell(value: unknown): string {
  if (!isCell(value)) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: a header line, comma separated, CRLF line ends, quotes where needed. */
export function toCsv(columns: string[], rows: Row[]): string {
  return [columns.join(","), ...rows.map((row) => columns.map((column) => cell(row[column])).join(","))].map((line) => line + "\r\n").join("");
}

function fieldType(column: string, rows: Row[]): string {
  const value = rows.map((row) => row[column]).find((v) => v !== undefined);
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) && column.endsWith("_age") ? "integer" : "number";
  return column === "last_modified" ? "datetime" : "string";
}

export type Licence = { name: string; title: string; path: string };

export function datapackage(catalogue: OpenCatalogue, tables: Record<TableName, Row[]>, licence: Licence) {
  return {
    profile: "tabular-data-package",
    name: "clientondersteuning-hsds",
    title: "Cliëntondersteuning: catalogue of client support (HSDS 3.0)",
    description: "Published services of independent client support, as Open Referral HSDS 3.0 tables (profile hsds-nl-clientondersteuning/1).",
    version: String(catalogue.revision),
    last_modified: catalogue.changedAt.toISOString(),
    licenses: [licence],
    resources: (Object.keys(TABLES) as TableName[]).map((table) => ({
      name: table,
      path: TABLES[table][0],
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: { fields: columnsOf(table, tables[table]).map((name) => ({ name, type: fieldType(name, tables[table]) })) },
    })),
  };
}

/** The zip: every table and datapackage.json. */
export function tabularZip(catalogue: OpenCatalogue, licence: Licence): Uint8Array {
  const tables = tableRows(catalogue);
  const files: Record<string, Uint8Array> = { "datapackage.json": strToU8(JSON.stringify(datapackage(catalogue, tables, licence), null, 2)) };
  for (const table of Object.keys(TABLES) as TableName[]) files[TABLES[table][0]] = strToU8(toCsv(columnsOf(table, tables[table]), tables[table]));
  const mtime = catalogue.changedAt.getTime() > Date.UTC(1980, 1, 1) ? catalogue.changedAt : new Date(Date.UTC(1980, 1, 1));
  return zipSync(files, { level: 6, mtime });
}
