import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportCatalogue } from "@/lib/catalogue/interchange/export";
import { importCatalogue, RECORD_TYPES, type ImportResult } from "@/lib/catalogue/interchange/import";
import { validateCatalogue } from "@/lib/catalogue/interchange/validate";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { schemaValidator } from "./ajv";
import { sample, type Json } from "./fixtures";
import { snapshot } from "./snapshot";

const withoutTime = (document: Json) => ({ ...document, generated_at: undefined });
const counts = (result: ImportResult) => (result.ok ? result.counts : undefined);
const options = { uploadsDir: "/nonexistent/uploads" };

function hasNull(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== "object") return false;
  return Object.values(value as object).some(hasNull);
}

describe.each(testEngines)("catalogue import and export on %s", (engine) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(engine);
  });
  afterEach(async () => {
    await db.close();
  });

  it("gives back the sample: export(import(sample)) equals it", async () => {
    const result = await importCatalogue(db.prisma, sample(), options);
    expect(result.ok).toBe(true);
    const exported = await exportCatalogue(db.prisma);
    expect(withoutTime(exported)).toEqual(withoutTime(sample()));
    expect(hasNull(exported)).toBe(false);
  });

  it("exports a document that schema.json and the validator accept", async () => {
    await importCatalogue(db.prisma, sample(), options);
    const exported = await exportCatalogue(db.prisma);
    expect(schemaValidator()(exported)).toBe(true);
    expect(validateCatalogue(exported).ok).toBe(true);
    expect(Date.now() - Date.parse(exported.generated_at!)).toBeLessThan(60_000);
  });

  it("changes nothing when the same file is imported again", async () => {
    await importCatalogue(db.prisma, sample(), options);
    const before = await snapshot(db.prisma);
    const again = await importCatalogue(db.prisma, sample(), options);
    for (const type of RECORD_TYPES) {
      expect(counts(again)?.[type]).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    }
    expect(counts(again)?.services.unchanged).toBe(24);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("writes only the changed record and bumps its version", async () => {
    await importCatalogue(db.prisma, sample(), options);
    const before = await snapshot(db.prisma);
    const document = sample();
    document.services[0].name.en = "Client support in Haarlem";
    document.services[1].phones[0].number = "023 760 09 99";
    const result = await importCatalogue(db.prisma, document, options);
    expect(counts(result)?.services).toEqual({ created: 0, updated: 2, unchanged: 22, deleted: 0 });
    const after = await snapshot(db.prisma);
    const version = (id: string) => after.services.find((s) => s.id === id)?.version;
    expect(version(document.services[0].id)).toBe(2);
    expect(version(document.services[1].id)).toBe(2);
    // Everything else kept its version and timestamp; the untouched lists kept their rows.
    const others = (s: { id: string }) => s.id !== document.services[0].id && s.id !== document.services[1].id;
    expect(after.services.filter(others)).toEqual(before.services.filter(others));
    expect(after.serviceAtLocations).toEqual(before.serviceAtLocations);
    expect(after.organizations).toEqual(before.organizations);
    expect(withoutTime(await exportCatalogue(db.prisma))).toEqual(withoutTime(document));
  });

  it("imports new formal services that fall back on each other", async () => {
    const document = sample();
    document.services[0].x_backup_service_id = document.services[1].id;
    document.services[1].x_backup_service_id = document.services[0].id;
    expect((await importCatalogue(db.prisma, document, options)).ok).toBe(true);
    expect(withoutTime(await exportCatalogue(db.prisma))).toEqual(withoutTime(document));
  });

  it("leaves the database exactly as it was when the file is invalid", async () => {
    await importCatalogue(db.prisma, sample(), options);
    const before = { rows: await snapshot(db.prisma), document: withoutTime(await exportCatalogue(db.prisma)) };
    const document = sample();
    document.services[0].name.nl = "Nieuwe naam";
    document.locations[0].address.postal_code = "abc";
    const result = await importCatalogue(db.prisma, document, options);
    expect(result.ok).toBe(false);
    expect(await snapshot(db.prisma)).toEqual(before.rows);
    expect(withoutTime(await exportCatalogue(db.prisma))).toEqual(before.document);
  });

  it("imports nothing when only the last service has a reference error", async () => {
    const document = sample();
    document.services[23].organization_id = "00000000-0000-4000-8000-000000000000";
    const result = await importCatalogue(db.prisma, document, options);
    expect(result.ok || result.problems).toEqual([expect.objectContaining({ path: "$.services[23].organization_id", code: "unknown_organization" })]);
    expect(Object.values(await snapshot(db.prisma)).every((rows) => rows.length === 0)).toBe(true);
  });

  it("keeps records that are not in the file, unless --replace", async () => {
    await importCatalogue(db.prisma, sample(), options);
    const document = sample();
    const gone = document.services.pop();
    const goneLocation = document.locations.find((l: Json) => l.id === "1bef6a2a-1fc3-59bd-8ec1-4e440f989052");
    document.locations = document.locations.filter((l: Json) => l !== goneLocation);
    for (const service of document.services) {
      service.service_at_locations = service.service_at_locations?.filter((s: Json) => s.location_id !== goneLocation.id);
      if (service.service_at_locations?.length === 0) delete service.service_at_locations;
      service.attributes = service.attributes.filter((a: string) => a !== "co-domain:education");
    }
    document.taxonomies[1].terms = document.taxonomies[1].terms.filter((t: Json) => t.code !== "education");

    const merged = await importCatalogue(db.prisma, document, options);
    expect(counts(merged)?.services.deleted).toBe(0);
    const afterMerge = await exportCatalogue(db.prisma);
    expect(afterMerge.services.map((s) => s.id)).toContain(gone.id);
    expect(afterMerge.locations.map((l) => l.id)).toContain(goneLocation.id);

    const replaced = await importCatalogue(db.prisma, document, { ...options, replace: true });
    expect(counts(replaced)).toMatchObject({
      services: { deleted: 1 },
      locations: { deleted: 1 },
      terms: { deleted: 1 },
      supporters: { deleted: gone.x_supporters.length },
    });
    expect(withoutTime(await exportCatalogue(db.prisma))).toEqual(withoutTime(document));
  });

  it("deletes a supporter that left a service in the file, even without --replace", async () => {
    await importCatalogue(db.prisma, sample(), options);
    const document = sample();
    const [left] = document.services[0].x_supporters.splice(1, 1);
    const result = await importCatalogue(db.prisma, document, options);
    expect(counts(result)?.supporters).toMatchObject({ deleted: 1, updated: 1 });
    expect(await db.prisma.supporter.findUnique({ where: { id: left.id } })).toBeNull();
  });

  it("replaces a catalogue whose organizations and municipalities changed completely", async () => {
    await importCatalogue(db.prisma, sample(), options);
    const document = sample();
    document.municipalities = [document.municipalities[0]];
    document.services = document.services.filter((s: Json) => s.service_areas.every((a: Json) => a.municipality === "GM0392"));
    const used = new Set(document.services.map((s: Json) => s.organization_id));
    document.organizations = document.organizations.filter((o: Json) => used.has(o.id));
    const ids = new Set(document.services.map((s: Json) => s.id));
    for (const s of document.services) if (s.x_backup_service_id && !ids.has(s.x_backup_service_id)) delete s.x_backup_service_id;
    const result = await importCatalogue(db.prisma, document, { ...options, replace: true });
    expect(result.ok).toBe(true);
    expect(counts(result)?.municipalities.deleted).toBe(1);
    expect(withoutTime(await exportCatalogue(db.prisma))).toEqual(withoutTime(document));
  });
});
