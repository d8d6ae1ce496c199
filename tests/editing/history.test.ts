import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { editableRecord, publishDraft, saveDraft } from "@/lib/catalogue/editing/drafts";
import { publishRecords } from "@/lib/catalogue/editing/merge";
import { publishedRecord, recordsDocumentOf } from "@/lib/catalogue/editing/records";
import { restoreFromForm, restoreVersion } from "@/lib/catalogue/editing/restore";
import { retireFromForm, retireService } from "@/lib/catalogue/editing/retire";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { serviceRecord } from "@/lib/catalogue/queries";
import { serviceSummaries } from "@/lib/catalogue/service-summary";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { sample } from "@/tests/catalogue/fixtures";

const EDITOR = { origin: "editor" as const, userId: "00000000-0000-4000-8000-000000000001", userName: "Eva Editor" };

describe.each(testEngines)("history: restore and retire on %s", (engine) => {
  let db: TestDatabase;
  let code: string;
  let serviceId: string;
  beforeEach(async () => {
    db = await createTestDatabase(engine);
    await importCatalogue(db.prisma, sample());
    code = sample().municipalities[0]!.code;
    serviceId = sample().services[0]!.id;
  });
  afterEach(async () => {
    await db.close();
  });

  /** Publishes a municipality with a new name: a new version in its history. */
  async function rename(name: string) {
    const now = await publishedRecord(db.prisma, "municipality", code);
    const result = await publishRecords(db.prisma, recordsDocumentOf("municipality", [{ ...now!.record, name }]), EDITOR);
    expect(result.ok).toBe(true);
  }

  it("restores an earlier version exactly, as a new draft from the published record, and publishing records it again", async () => {
    const first = await db.prisma.catalogueChange.findFirstOrThrow({ where: { kind: "municipality", recordId: code }, orderBy: { version: "asc" } });
    await rename("Tweede naam");
    await rename("Derde naam");
    const current = await publishedRecord(db.prisma, "municipality", code);

    const restored = await restoreVersion(db.prisma, { kind: "municipality", recordId: code, version: first.version, userId: EDITOR.userId });
    expect(restored.ok).toBe(true);
    const draft = await db.prisma.catalogueDraft.findUniqueOrThrow({ where: { kind_recordId: { kind: "municipality", recordId: code } } });
    expect(draft.data).toEqual(first.snapshot);
    expect(draft).toMatchObject({ restoredFrom: first.version, baseVersion: current!.version, origin: "editor", updatedByUserId: EDITOR.userId });
    expect(draft.base).toEqual(current!.record);

    const published = await publishDraft(db.prisma, { kind: "municipality", recordId: code, draftVersion: draft.version, author: EDITOR });
    expect(published).toMatchObject({ ok: true, changes: [{ fields: [{ field: "name", before: "Derde naam", after: (first.snapshot as { name: string }).name }] }] });
    expect((await publishedRecord(db.prisma, "municipality", code))!.record).toEqual(first.snapshot);
    expect(await db.prisma.catalogueChange.count({ where: { kind: "municipality", recordId: code } })).toBe(4);
  });

  it("refuses calmly when a draft exists, when the version was a removal, and when it does not exist", async () => {
    await rename("Tweede naam");
    const opened = await editableRecord(db.prisma, "municipality", code);
    await saveDraft(db.prisma, { kind: "municipality", data: { ...opened.record!, name: "In de maak" }, startedFrom: opened.startedFrom, userId: EDITOR.userId });
    const before = await db.prisma.catalogueDraft.findMany();
    expect(await restoreVersion(db.prisma, { kind: "municipality", recordId: code, version: 1, userId: EDITOR.userId })).toEqual({ ok: false, refused: "draft" });
    expect(await db.prisma.catalogueDraft.findMany()).toEqual(before);

    await db.prisma.catalogueChange.create({ data: { kind: "organization", recordId: "00000000-0000-4000-8000-0000000000aa", version: 2, origin: "import", fields: [] } });
    expect(await restoreVersion(db.prisma, { kind: "organization", recordId: "00000000-0000-4000-8000-0000000000aa", version: 2, userId: EDITOR.userId })).toEqual({ ok: false, refused: "removal" });
    expect(await restoreVersion(db.prisma, { kind: "organization", recordId: "00000000-0000-4000-8000-0000000000aa", version: 9, userId: EDITOR.userId })).toEqual({ ok: false, refused: "missing" });
    // A form that cannot be read changes nothing.
    expect(await restoreFromForm(db.prisma, EDITOR.userId, { kind: ["nothing"], recordId: [code], version: ["1"] })).toEqual({ ok: false });
    expect(await db.prisma.catalogueDraft.count()).toBe(1);
  });

  it("retires a service as defunct: recorded in history, gone for residents, its contact requests and name kept", async () => {
    const service = await db.prisma.service.findUniqueOrThrow({ where: { id: serviceId }, select: { organizationId: true, version: true } });
    const request = await db.prisma.contactRequest.create({
      data: { origin: "resident", serviceId, organizationId: service.organizationId, residentName: "R", residentPhone: "0612345678", question: "?", consentText: "ok", consentAt: new Date(), locale: "nl", idempotencyKey: crypto.randomUUID() },
    });
    expect(await serviceRecord(db.prisma, serviceId)).toBeDefined();

    // Without the ticked box nothing happens.
    expect(await retireFromForm(db.prisma, EDITOR, { serviceId: [serviceId], recordVersion: [String(service.version)] })).toEqual({ ok: true, serviceId, confirmed: false });
    expect((await db.prisma.service.findUniqueOrThrow({ where: { id: serviceId } })).status).toBe("active");
    // A stale version is refused.
    expect(await retireService(db.prisma, { serviceId, recordVersion: service.version + 5, author: EDITOR })).toEqual({ ok: false, refused: "stale" });

    const retired = await retireFromForm(db.prisma, EDITOR, { serviceId: [serviceId.toUpperCase()], recordVersion: [String(service.version)], confirm: ["ja"] });
    expect(retired).toEqual({ ok: true, serviceId, confirmed: true, result: { ok: true, changed: true } });
    const row = await db.prisma.service.findUniqueOrThrow({ where: { id: serviceId } });
    expect(row).toMatchObject({ status: "defunct", version: service.version + 1 });
    const history = await db.prisma.catalogueChange.findFirstOrThrow({ where: { kind: "service", recordId: serviceId, origin: "editor" } });
    expect(history).toMatchObject({ userName: "Eva Editor", version: service.version + 1, fields: [{ field: "status", before: "active", after: "defunct" }] });
    expect(await serviceRecord(db.prisma, serviceId)).toBeUndefined();
    expect(await db.prisma.contactRequest.findUnique({ where: { id: request.id } })).toMatchObject({ serviceId });
    const summary = (await serviceSummaries(db.prisma, [serviceId])).get(serviceId);
    expect(summary?.name).toEqual(sample().services[0]!.name);

    // A second click (the back button) changes nothing more.
    expect(await retireService(db.prisma, { serviceId, recordVersion: service.version, author: EDITOR })).toEqual({ ok: true, changed: false });
    expect(await db.prisma.catalogueChange.count({ where: { kind: "service", recordId: serviceId, origin: "editor" } })).toBe(1);
  });
});
