import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";
import { schemaValidator } from "@/tests/catalogue/ajv";
import { get, getJson } from "./api-client";
import { hsdsColumns } from "./hsds-schemas";

const database = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined }));
vi.mock("@/lib/db/client", () => ({ getPrisma: async () => database.prisma }));

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else {
      field += c;
    }
  }
  return rows;
}

const HSDS_TABLE: Record<string, string> = {
  "organizations.csv": "organization",
  "organization_identifiers.csv": "organization_identifier",
  "services.csv": "service",
  "phones.csv": "phone",
  "service_areas.csv": "service_area",
  "languages.csv": "language",
  "attributes.csv": "attribute",
  "service_at_location.csv": "service_at_location",
  "schedules.csv": "schedule",
  "locations.csv": "location",
  "addresses.csv": "address",
  "accessibility.csv": "accessibility",
  "taxonomies.csv": "taxonomy",
  "taxonomy_terms.csv": "taxonomy_term",
};

describe.each(testEngines)("open-data downloads (%s)", (engine) => {
  const db = demoDatabase(engine);
  beforeAll(() => {
    database.prisma = db.prisma;
  });

  it("the catalogue in the profile's format holds the published services only and is a valid document", async () => {
    const response = await get("catalogue.json");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const document = await response.json();
    expect(schemaValidator()(document)).toBe(true);
    const statuses = new Set(document.services.map((s: { status: string }) => s.status));
    expect([...statuses].sort()).toEqual(["active", "temporarily closed"]);
    expect(document.x_licence).toMatchObject({ name: "CC0-1.0" });
    expect(JSON.stringify(document)).not.toMatch(/"assurer_email"|"photo"/);
    const published = await db.prisma.service.count({ where: { status: { in: ["active", "temporarily_closed"] } } });
    expect(document.services).toHaveLength(published);
  });

  it("the HSDS tabular zip holds every table named in datapackage.json, with HSDS columns, the same rows as the API", async () => {
    const response = await get("hsds-csv.zip");
    expect(response.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const datapackage = JSON.parse(strFromU8(files["datapackage.json"]!));
    expect(datapackage).toMatchObject({ profile: "tabular-data-package", licenses: [{ name: "CC0-1.0" }] });
    expect(Object.keys(files).sort()).toEqual(["datapackage.json", ...datapackage.resources.map((r: { path: string }) => r.path)].sort());
    expect(Object.keys(HSDS_TABLE).sort()).toEqual(datapackage.resources.map((r: { path: string }) => r.path).sort());
    const tables: Record<string, Array<Record<string, string>>> = {};
    for (const resource of datapackage.resources as Array<{ path: string; schema: { fields: Array<{ name: string }> } }>) {
      const [header, ...rows] = parseCsv(strFromU8(files[resource.path]!));
      const names = resource.schema.fields.map((f) => f.name);
      expect(header, resource.path).toEqual(names);
      const hsds = hsdsColumns(HSDS_TABLE[resource.path]!);
      expect(names.filter((n) => !n.startsWith("x_")), resource.path).toEqual(hsds);
      for (const row of rows) expect(row, resource.path).toHaveLength(names.length);
      tables[resource.path] = rows.map((row) => Object.fromEntries(row.map((value, i) => [names[i], value])));
    }
    const services = await getJson<{ total_items: number; contents: Array<{ id: string; name: string }> }>("services?per_page=200");
    expect(tables["services.csv"]!.map((s) => s.id).sort()).toEqual(services.contents.map((s) => s.id).sort());
    const first = services.contents[0]!;
    expect(tables["services.csv"]!.find((s) => s.id === first.id)?.name).toBe(first.name);
    expect(tables["services.csv"]![0]).toHaveProperty("x_handles_complex");
    // Every reference between the tables points at a row that is there.
    const ids = (file: string) => new Set(tables[file]!.map((row) => row.id));
    for (const row of tables["service_at_location.csv"]!) {
      expect(ids("services.csv").has(row.service_id!)).toBe(true);
      expect(ids("locations.csv").has(row.location_id!)).toBe(true);
    }
    for (const row of tables["attributes.csv"]!) expect(ids("taxonomy_terms.csv").has(row.taxonomy_term_id!)).toBe(true);
    for (const row of tables["services.csv"]!) expect(ids("organizations.csv").has(row.organization_id!)).toBe(true);
    expect(tables["schedules.csv"]!.length).toBeGreaterThan(0);
  });
});
