import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCatalogue } from "@/bench/generate";
import { HISTORY_BATCH } from "@/lib/catalogue/interchange/history";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";

type Json = Record<string, unknown>;
type Keyed = { id?: string; code?: string };

/** Every record of a document that has a history of its own, as `kind:key`. */
function recordKeys(document: Json): string[] {
  const list = (name: string) => document[name] as Keyed[];
  return [
    ...list("municipalities").map((m) => `municipality:${m.code}`),
    ...list("taxonomies").map((t) => `taxonomy:${t.id}`),
    ...list("organizations").map((o) => `organization:${o.id}`),
    ...list("locations").map((l) => `location:${l.id}`),
    ...list("services").map((s) => `service:${s.id}`),
  ].sort();
}

// The history is written a batch of records at a time: an import touching more records
// than one batch holds still records every one of them, once, with its version.
describe.each(testEngines)("the history of a large import on %s", (engine) => {
  let db: TestDatabase;
  const document = generateCatalogue(600);
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(() => db?.close());

  const history = async (version: number) =>
    (await db.prisma.catalogueChange.findMany({ where: { version }, select: { kind: true, recordId: true } }))
      .map((c) => `${c.kind}:${c.recordId}`)
      .sort();

  it("records every created record, across more than one batch", async () => {
    expect(recordKeys(document).length).toBeGreaterThan(HISTORY_BATCH);
    const result = await importCatalogue(db.prisma, document);
    expect(result.ok).toBe(true);
    expect(await history(1)).toEqual(recordKeys(document));
    expect(await db.prisma.catalogueChange.count()).toBe(recordKeys(document).length);
  });

  it("records every changed service with its new version and snapshot, and nothing for the same file again", async () => {
    const services: Json[] = (document.services as Json[]).map((s) => ({ ...s, email: "nieuw@example.nl" }));
    const changed = { ...document, services };
    expect((await importCatalogue(db.prisma, changed)).ok).toBe(true);
    const second = await db.prisma.catalogueChange.findMany({ where: { version: 2 }, orderBy: { recordId: "asc" } });
    expect(second.map((c) => `${c.kind}:${c.recordId}`)).toEqual(services.map((s) => `service:${s.id as string}`).sort());
    for (const change of second) {
      expect(change.fields).toContainEqual(expect.objectContaining({ field: "email", after: "nieuw@example.nl" }));
      expect(change.snapshot).toMatchObject({ email: "nieuw@example.nl" });
    }
    const before = await db.prisma.catalogueChange.count();
    expect((await importCatalogue(db.prisma, changed)).ok).toBe(true);
    expect(await db.prisma.catalogueChange.count()).toBe(before);
  });
});
