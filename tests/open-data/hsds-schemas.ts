import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import addFormats from "ajv-formats";

/**
 * The HSDS 3.0 schemas of shared/hsds-3.0 (beside the repository, in a developer's
 * checkout and in CI alike), compiled with Ajv under their published ids, so responses
 * are checked exactly as a client of the standard would check them.
 */
export const HSDS_DIR = fileURLToPath(new URL("../../../shared/hsds-3.0/", import.meta.url));
const BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

const read = (file: string) => JSON.parse(readFileSync(path.join(HSDS_DIR, file), "utf8"));

export type Check = (value: unknown) => string[];

export function hsdsSchemas() {
  const AjvClass = ((Ajv as unknown as { default?: typeof Ajv }).default ?? Ajv) as typeof Ajv;
  const formats = ((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats) as typeof addFormats;
  const ajv = new AjvClass({ allErrors: true, strict: false });
  formats(ajv);
  for (const name of ["service", "service_list", "organization", "organization_list", "service_at_location", "service_at_location_list"]) {
    ajv.addSchema(read(`compiled/${name}.json`), `${BASE}compiled/${name}.json`);
  }
  // The plain schemas refer to each other by file name (taxonomy_term.json → taxonomy.json → metadata.json).
  for (const file of readdirSync(HSDS_DIR).filter((f) => f.endsWith(".json") && f !== "openapi.json")) ajv.addSchema(read(file), BASE + file);
  const page = read("openapi.json").components.schemas.Page;
  const required = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"];

  const checker = (schema: object): Check => {
    const validate = ajv.compile(schema);
    return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
  };
  const one = (ref: string) => checker({ $ref: BASE + ref });
  const pageOf = (ref: string) => checker({ allOf: [page], required, properties: { contents: { type: "array", items: { $ref: BASE + ref } } } });
  return {
    service: one("compiled/service.json"),
    organization: one("compiled/organization.json"),
    serviceAtLocation: one("compiled/service_at_location.json"),
    taxonomy: one("taxonomy.json"),
    taxonomyTerm: one("taxonomy_term.json"),
    servicePage: pageOf("compiled/service_list.json"),
    fullServicePage: pageOf("compiled/service.json"),
    organizationPage: pageOf("compiled/organization_list.json"),
    serviceAtLocationPage: pageOf("compiled/service_at_location_list.json"),
    taxonomyPage: pageOf("taxonomy.json"),
    taxonomyTermPage: pageOf("taxonomy_term.json"),
  };
}

/** Scalar columns of an HSDS table schema (for the CSV files). */
export function hsdsColumns(table: string): string[] {
  const schema = read(`${table}.json`);
  return Object.entries(schema.properties as Record<string, { type?: string; $ref?: string }>)
    .filter(([, p]) => p.type !== "array" && p.type !== "object" && !p.$ref)
    .map(([name]) => name);
}

/** Paths in a JSON value where null or an empty list appears (the profile leaves empty fields out). */
export function emptyPlaces(value: unknown, at = "$"): string[] {
  if (value === null) return [at];
  if (Array.isArray(value)) return value.length === 0 ? [at] : value.flatMap((item, i) => emptyPlaces(item, `${at}[${i}]`));
  if (typeof value === "object") return Object.entries(value).flatMap(([k, v]) => emptyPlaces(v, `${at}.${k}`));
  return [];
}
