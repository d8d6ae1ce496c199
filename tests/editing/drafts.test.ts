import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { discardDraft, editableRecord, publishDraft, saveDraft } from "@/lib/catalogue/editing/drafts";
import { publishRecords } from "@/lib/catalogue/editing/merge";
import { publishedRecord, recordsDocumentOf } from "@/lib/catalogue/editing/records";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { getCatalogueRevision } from "@/lib/catalogue/revision";
import { refreshSearchIndex } from "@/lib/catalogue/search-index";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { sample } from "@/tests/catalogue/fixtures";

const EDITOR = { origin: "editor" as const, userId: "00000000-0000-4000-8000-000000000001", userName: "Eva Editor" };
const OTHER = "00000000-0000-4000-8000-000000000002";

describe.each(testEngines)("drafts, publishing and history on %s", (engine) => {
  let db: TestDatabase;
  let serviceId: string;
  beforeEach(async () => {
    db = await createTestDatabase(engine);
    await importCatalogue(db.prisma, sample());
    serviceId = sample().services[0]!.id;
  });
  afterEach(async () => {
    await db.close();
  });

  it("keeps a draft from residents until it is published, then records who changed which field", async () => {
    const opened = await editableRecord(db.prisma, "service", serviceId);
    const data = { ...opened.record!, name: { ...(opened.record!.name as object), nl: "Nieuwe naam" } };
    const saved = await saveDraft(db.prisma, { kind: "service", data, startedFrom: opened.startedFrom, userId: EDITOR.userId });
    expect(saved.ok).toBe(true);
    expect((await publishedRecord(db.prisma, "service", serviceId))!.record.name).not.toEqual(data.name);

    const revision = await getCatalogueRevision(db.prisma);
    const published = await publishDraft(db.prisma, { kind: "service", recordId: serviceId, draftVersion: 1, author: EDITOR });
    expect(published).toMatchObject({ ok: true, changes: [{ kind: "service", recordId: serviceId, version: 2, fields: [{ field: "name.nl", after: "Nieuwe naam" }] }] });
    expect(await getCatalogueRevision(db.prisma)).toBe(revision + 1);
    expect((await publishedRecord(db.prisma, "service", serviceId))!.record.name).toEqual(data.name);
    expect(await db.prisma.catalogueDraft.count()).toBe(0);
    const history = await db.prisma.catalogueChange.findMany({ where: { recordId: serviceId, origin: "editor" } });
    expect(history).toMatchObject([{ userName: "Eva Editor", version: 2, fields: [{ field: "name.nl" }] }]);
    // The search index follows in the same transaction.
    const found = await db.prisma.$queryRaw<{ id: string }[]>`select "id" from "Service" where "searchNl" @@ plainto_tsquery('dutch', 'Nieuwe naam')`;
    expect(found.map((r) => r.id)).toContain(serviceId);
  });

  it("refuses the second of two saves from the same start, with the other's change and mine on top", async () => {
    const a = await editableRecord(db.prisma, "service", serviceId);
    const b = await editableRecord(db.prisma, "service", serviceId);
    const first = await saveDraft(db.prisma, { kind: "service", data: { ...a.record!, x_waiting_days: 21 }, startedFrom: a.startedFrom, userId: EDITOR.userId });
    expect(first.ok).toBe(true);
    const second = await saveDraft(db.prisma, { kind: "service", data: { ...b.record!, url: "https://elders.example.nl" }, startedFrom: b.startedFrom, userId: OTHER });
    expect(second).toMatchObject({ ok: false, conflict: { changes: [{ field: "x_waiting_days", after: 21 }], overlapping: [] } });
    if (second.ok || !("conflict" in second)) throw new Error("expected a conflict");
    expect(second.conflict.rebased).toMatchObject({ x_waiting_days: 21, url: "https://elders.example.nl" });
    // Re-applied on top, from the new start: accepted.
    const again = await saveDraft(db.prisma, { kind: "service", data: second.conflict.rebased, startedFrom: second.conflict.startedFrom, userId: OTHER });
    expect(again).toMatchObject({ ok: true, draft: { version: 2, data: { x_waiting_days: 21, url: "https://elders.example.nl" } } });
  });

  it("keeps a change published meanwhile to another field, and refuses one to the same field", async () => {
    const opened = await editableRecord(db.prisma, "service", serviceId);
    await saveDraft(db.prisma, { kind: "service", data: { ...opened.record!, x_waiting_days: 3 }, startedFrom: opened.startedFrom, userId: EDITOR.userId });
    const live = (await publishedRecord(db.prisma, "service", serviceId))!.record;
    await publishRecords(db.prisma, recordsDocumentOf("service", [{ ...live, x_accepting_new_clients: false }]), { origin: "provider", userId: OTHER, userName: "Piet" });

    const published = await publishDraft(db.prisma, { kind: "service", recordId: serviceId, draftVersion: 1, author: EDITOR });
    expect(published.ok).toBe(true);
    expect((await publishedRecord(db.prisma, "service", serviceId))!.record).toMatchObject({ x_waiting_days: 3, x_accepting_new_clients: false });

    const next = await editableRecord(db.prisma, "service", serviceId);
    await saveDraft(db.prisma, { kind: "service", data: { ...next.record!, x_waiting_days: 8 }, startedFrom: next.startedFrom, userId: EDITOR.userId });
    const now = (await publishedRecord(db.prisma, "service", serviceId))!.record;
    await publishRecords(db.prisma, recordsDocumentOf("service", [{ ...now, x_waiting_days: 30 }]), { origin: "provider", userId: OTHER, userName: "Piet" });
    const refused = await publishDraft(db.prisma, { kind: "service", recordId: serviceId, draftVersion: 1, author: EDITOR });
    expect(refused).toMatchObject({ ok: false, conflict: { overlapping: ["x_waiting_days"] } });
    expect((await publishedRecord(db.prisma, "service", serviceId))!.record.x_waiting_days).toBe(30);
  });

  it("refuses a draft the importer would refuse, naming the field, and changes nothing", async () => {
    const opened = await editableRecord(db.prisma, "service", serviceId);
    const bad = await saveDraft(db.prisma, { kind: "service", data: { ...opened.record!, minimum_age: 40, maximum_age: 20 }, startedFrom: opened.startedFrom, userId: EDITOR.userId });
    expect(bad).toMatchObject({ ok: false, problems: [{ code: "age_range" }] });
    const unknownPlace = await saveDraft(db.prisma, {
      kind: "service",
      data: { ...opened.record!, service_at_locations: [{ location_id: "00000000-0000-4000-8000-0000000000ff" }] },
      startedFrom: opened.startedFrom,
      userId: EDITOR.userId,
    });
    expect(unknownPlace.ok).toBe(true);
    const revision = await getCatalogueRevision(db.prisma);
    const published = await publishDraft(db.prisma, { kind: "service", recordId: serviceId, draftVersion: 1, author: EDITOR });
    expect(published).toMatchObject({ ok: false, problems: [{ code: "unknown_location" }] });
    expect(await getCatalogueRevision(db.prisma)).toBe(revision);
    expect(await discardDraft(db.prisma, { kind: "service", recordId: serviceId, draftVersion: 2 })).toBe(false);
    expect(await discardDraft(db.prisma, { kind: "service", recordId: serviceId, draftVersion: 1 })).toBe(true);
  });

  it("rebuilds the search documents of the services given, and only those", async () => {
    const ids = sample().services.map((s: { id: string }) => s.id).sort();
    expect(await refreshSearchIndex(db.prisma, [ids[0]!])).toBe(1);
    expect(await refreshSearchIndex(db.prisma, ids.slice(0, 2))).toBe(2);
    expect(await refreshSearchIndex(db.prisma)).toBe(ids.length);
  });

  it("keeps the history of an import: the file's changes field by field, without a person", async () => {
    const document = sample();
    document.organizations[0]!.name = "Andere naam";
    await importCatalogue(db.prisma, document);
    const rows = await db.prisma.catalogueChange.findMany({ where: { kind: "organization", recordId: document.organizations[0]!.id }, orderBy: { version: "asc" } });
    expect(rows.map((r) => [r.version, r.origin, r.userName])).toEqual([[1, "import", null], [2, "import", null]]);
    expect(rows[1]!.fields).toEqual([{ field: "name", before: sample().organizations[0]!.name, after: "Andere naam" }]);
  });
});
