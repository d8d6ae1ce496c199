import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { catalogueDashboard } from "@/lib/catalogue/editing/dashboard";
import { editableRecord, saveDraft } from "@/lib/catalogue/editing/drafts";
import { freshnessQueue, markServiceChecked } from "@/lib/catalogue/editing/freshness-check";
import { publishRecords } from "@/lib/catalogue/editing/merge";
import { publishedRecord, recordsDocumentOf } from "@/lib/catalogue/editing/records";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { getCatalogueRevision } from "@/lib/catalogue/revision";
import { municipalitiesMissingSupport } from "@/lib/insight/dashboard";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { sample } from "@/tests/catalogue/fixtures";

// 23:30 UTC on 30 November is already 1 December in the Netherlands: the check date is the Dutch day.
const NOW = new Date("2026-11-30T23:30:00Z");
const TODAY = "2026-12-01";
const STALE = "6eff8ab4"; // the sample's one service checked in March 2025, in Zandvoort (GM0473)

describe.each(testEngines)("freshness: the check, the queue and the dashboard on %s", (engine) => {
  let db: TestDatabase;
  let editor: { id: string; email: string; name: string };
  let staleId: string;
  beforeEach(async () => {
    db = await createTestDatabase(engine);
    await importCatalogue(db.prisma, sample());
    const user = await db.prisma.user.create({ data: { email: "eva@gemeente.nl", name: "Eva Editor", role: "editor" } });
    editor = { id: user.id, email: user.email, name: user.name };
    staleId = (sample().services as { id: string }[]).find((s) => s.id.startsWith(STALE))!.id;
  });
  afterEach(async () => {
    await db.close();
  });

  it("marks a service checked today (a Dutch day) by the editor: published with its history, and the account kept beside it", async () => {
    const before = await publishedRecord(db.prisma, "service", staleId);
    const revision = await getCatalogueRevision(db.prisma);
    const result = await markServiceChecked(db.prisma, editor, { serviceId: staleId.toUpperCase(), version: String(before!.version) }, NOW);
    expect(result).toMatchObject({ ok: true, assuredDate: TODAY });

    const after = await publishedRecord(db.prisma, "service", staleId);
    expect(after!.record).toMatchObject({ assured_date: TODAY, assurer_email: "eva@gemeente.nl" });
    expect(after!.version).toBe(before!.version + 1);
    expect(await db.prisma.service.findUniqueOrThrow({ where: { id: staleId } })).toMatchObject({ assuredByUserId: editor.id });
    const history = await db.prisma.catalogueChange.findMany({ where: { recordId: staleId, origin: { not: "import" } } });
    expect(history).toMatchObject([{ origin: "editor", userId: editor.id, userName: "Eva Editor", version: after!.version }]);
    expect((history[0]!.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(["assured_date", "assurer_email"]);
    expect(await getCatalogueRevision(db.prisma)).toBe(revision + 1);

    // The same form posted again (a double click, the back button): no second change.
    expect(await markServiceChecked(db.prisma, editor, { serviceId: staleId, version: before!.version }, NOW)).toMatchObject({ ok: true });
    expect(await db.prisma.catalogueChange.count({ where: { recordId: staleId, origin: "editor" } })).toBe(1);
  });

  it("refuses a check of a version someone changed meanwhile, and an unknown service; nothing is written", async () => {
    const before = await publishedRecord(db.prisma, "service", staleId);
    await publishRecords(db.prisma, recordsDocumentOf("service", [{ ...before!.record, x_waiting_days: 30 }]), { origin: "editor", userId: null, userName: "Ander" });
    expect(await markServiceChecked(db.prisma, editor, { serviceId: staleId, version: before!.version }, NOW)).toEqual({ ok: false, reason: "changed" });
    expect(await markServiceChecked(db.prisma, editor, { serviceId: "00000000-0000-4000-8000-000000000009", version: 1 }, NOW)).toEqual({ ok: false, reason: "missing" });
    expect(await markServiceChecked(db.prisma, editor, { serviceId: "../x", version: 1 }, NOW)).toEqual({ ok: false, reason: "missing" });
    expect((await publishedRecord(db.prisma, "service", staleId))!.record.assured_date).toBe("2025-03-11");
    expect(await db.prisma.service.findUniqueOrThrow({ where: { id: staleId } })).toMatchObject({ assuredByUserId: null });
  });

  it("queues services not checked within the months, never checked first, then the oldest; per municipality; without defunct ones", async () => {
    const ids = (sample().services as { id: string; service_areas: { municipality: string }[] }[]).map((s) => s.id);
    const [never, older, haarlemOnly, defunct] = [ids[0]!, ids[1]!, ids[6]!, ids[8]!];
    await db.prisma.service.update({ where: { id: never }, data: { assuredDate: null } });
    await db.prisma.service.update({ where: { id: older }, data: { assuredDate: new Date("2024-01-02") } });
    await db.prisma.service.update({ where: { id: haarlemOnly }, data: { assuredDate: new Date("2025-05-05") } });
    await db.prisma.service.update({ where: { id: defunct }, data: { assuredDate: null, status: "defunct" } });

    const all = await freshnessQueue(db.prisma, { months: 12, locale: "nl", now: NOW });
    expect(all.items.map((i) => i.id)).toEqual([never, older, staleId, haarlemOnly]);
    expect(all.items.map((i) => i.assuredDate)).toEqual([null, "2024-01-02", "2025-03-11", "2025-05-05"]);
    expect(all.total).toBe(4);

    // ids[0] is Haarlem's, ids[1] Zandvoort's, ids[6] Haarlem's (inactive, still to check).
    const zandvoort = await freshnessQueue(db.prisma, { months: 12, municipality: "GM0473", locale: "nl", now: NOW });
    expect(zandvoort.items.map((i) => i.id)).toEqual([older, staleId]);
    const shorter = await freshnessQueue(db.prisma, { months: 3, municipality: "GM0473", locale: "nl", now: NOW });
    expect(shorter.total).toBeGreaterThan(2);
    const paged = await freshnessQueue(db.prisma, { months: 12, locale: "nl", now: NOW, pageSize: 3, page: 2 });
    expect(paged).toMatchObject({ total: 4, page: 2, pages: 2, items: [{ id: haarlemOnly }] });

    await markServiceChecked(db.prisma, editor, { serviceId: never, version: all.items[0]!.version }, NOW);
    expect((await freshnessQueue(db.prisma, { months: 12, locale: "nl", now: NOW })).items.map((i) => i.id)).not.toContain(never);
  });

  it("shows the dashboard's figures on the sample catalogue", async () => {
    expect(await municipalitiesMissingSupport(db.prisma)).toEqual([]);

    const opened = await editableRecord(db.prisma, "service", staleId);
    await saveDraft(db.prisma, { kind: "service", data: { ...opened.record!, x_waiting_days: 3 }, startedFrom: opened.startedFrom, userId: editor.id });
    const provided = (await publishedRecord(db.prisma, "service", sample().services[1].id))!;
    await publishRecords(db.prisma, recordsDocumentOf("service", [{ ...provided.record, x_accepting_new_clients: false, x_waiting_days: 40 }]), { origin: "provider", userId: null, userName: "Koen Aanbieder" });

    const dashboard = await catalogueDashboard(db.prisma, { locale: "nl", months: 12, now: new Date(), rows: 5 });
    expect(dashboard.drafts).toMatchObject({ total: 1, items: [{ kind: "service", recordId: staleId, origin: "editor", userId: editor.id, name: { lang: "nl" } }] });
    expect(dashboard.stale.items.map((i) => i.id)).toContain(staleId);
    expect(dashboard.providerChanges).toMatchObject({ total: 1, items: [{ recordId: provided.record.id, userName: "Koen Aanbieder" }] });
    expect(dashboard.providerChanges.items[0]!.fields.sort()).toEqual(["x_accepting_new_clients", "x_waiting_days"]);
    // The sample's 995804a2 takes no new clients either; the inactive c0197c6a is not counted.
    expect(dashboard.notAccepting.total).toBe(2);
    expect(dashboard.notAccepting.items.map((i) => i.id)).toContain(provided.record.id);
    expect(dashboard.closed).toEqual({ total: 0, items: [] });
  });
});
