import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCatalogue } from "@/bench/generate";
import { HISTORY_BATCH } from "@/lib/catalogue/interchange/history";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { sample } from "./fixtures";

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

// An empty list and no list are the same in the exchange format (the export leaves empty lists out):
// a changed record's history names only what changed, not "x_supporters: none → []".
describe.each(testEngines)("the history of a changed record on %s", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(() => db?.close());

  it("names only the changed field when the file gives empty lists", async () => {
    const document = sample();
    const service = (document.services as Json[]).find((s) => !(s.x_supporters as unknown[] | undefined)?.length)!;
    expect((await importCatalogue(db.prisma, document)).ok).toBe(true);
    const emptied = { ...service, email: "ander@example.nl", x_supporters: [], phones: service.phones ?? [] };
    const changed = { ...document, services: (document.services as Json[]).map((s) => (s.id === service.id ? emptied : s)) };
    expect((await importCatalogue(db.prisma, changed)).ok).toBe(true);
    const line = await db.prisma.catalogueChange.findFirstOrThrow({ where: { recordId: service.id as string, version: 2 } });
    expect((line.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(["email"]);
    expect(line.snapshot).not.toHaveProperty("x_supporters");
  });
});
