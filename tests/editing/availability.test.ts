import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeAvailability, providerService, providerServices } from "@/lib/catalogue/editing/availability";
import { publishDraft, saveDraft, editableRecord } from "@/lib/catalogue/editing/drafts";
import { proposalStart, proposeServiceChange } from "@/lib/catalogue/editing/provider-proposal";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { serviceRecord } from "@/lib/catalogue/queries";
import { getCatalogueRevision } from "@/lib/catalogue/revision";
import type { Actor } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { loadDemoCatalogue, makeActor, OTHER_ORGANIZATION, YOUTH_ORGANIZATION, YOUTH_SERVICE } from "@/tests/staff/fixtures";

const versionOf = async (prisma: PrismaClient, id = YOUTH_SERVICE) =>
  (await prisma.service.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** Everything a refused change must leave as it was. */
async function state(prisma: PrismaClient) {
  const [services, schedules, changes, drafts, revision] = [
    await prisma.service.findMany({ select: { id: true, version: true, waitingDays: true, acceptingNewClients: true, status: true, closedReason: true, reopensOn: true }, orderBy: { id: "asc" } }),
    await prisma.schedule.findMany({ select: { id: true, byday: true, opensAt: true, cancelledDates: true }, orderBy: { id: "asc" } }),
    await prisma.catalogueChange.count(),
    await prisma.catalogueDraft.count(),
    await getCatalogueRevision(prisma),
  ];
  return JSON.stringify({ services, schedules, changes, drafts, revision });
}

describe.each(testEngines)("providers keep their own availability on %s", (engine) => {
  let db: TestDatabase;
  let provider: Actor;
  let otherService: string;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await loadDemoCatalogue(db.prisma);
    provider = await makeActor(db.prisma, "provider", YOUTH_ORGANIZATION);
    otherService = (await db.prisma.service.findFirstOrThrow({ where: { organizationId: OTHER_ORGANIZATION, status: "active" }, select: { id: true } })).id;
  });
  afterAll(() => db?.close());

  it("lists only the provider's own organization's services", async () => {
    const rows = await providerServices(db.prisma, provider.organizationId);
    expect(rows.map((r) => r.id)).toContain(YOUTH_SERVICE);
    expect(rows.map((r) => r.id)).not.toContain(otherService);
    expect(await providerService(db.prisma, provider.organizationId, otherService)).toBeNull();
  });

  it("puts accepting and waiting time live at once, in the history with the provider's name", async () => {
    const [version, revision] = [await versionOf(db.prisma), await getCatalogueRevision(db.prisma)];
    const result = await changeAvailability(db.prisma, provider, { change: "intake", serviceId: YOUTH_SERVICE, version: String(version), accepting: "no", waitingDays: "21" });
    expect(result).toEqual({ ok: true, changed: true });
    const row = await db.prisma.service.findUniqueOrThrow({ where: { id: YOUTH_SERVICE } });
    expect(row).toMatchObject({ waitingDays: 21, acceptingNewClients: false, version: version + 1 });
    expect(await getCatalogueRevision(db.prisma)).toBe(revision + 1);
    const line = await db.prisma.catalogueChange.findFirstOrThrow({ where: { recordId: YOUTH_SERVICE, version: version + 1 } });
    expect(line).toMatchObject({ origin: "provider", userName: "Test provider", userId: provider.id });
    expect((line.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(["x_accepting_new_clients", "x_waiting_days"]);
    // Residents read it at once (the cache is keyed by the revision).
    expect(await serviceRecord(db.prisma, YOUTH_SERVICE)).toMatchObject({ waitingDays: 21, acceptingNewClients: false });
  });

  it("refuses another organization's service and changes nothing", async () => {
    const before = await state(db.prisma);
    const version = await versionOf(db.prisma, otherService);
    for (const change of [
      { change: "intake", accepting: "no", waitingDays: "99" },
      { change: "close", reasonNl: "Dicht" },
    ]) {
      expect(await changeAvailability(db.prisma, provider, { ...change, serviceId: otherService, version: String(version) })).toEqual({ ok: false, reason: "missing" });
    }
    const stranger = await makeActor(db.prisma, "provider", OTHER_ORGANIZATION);
    expect(await changeAvailability(db.prisma, { ...stranger, organizationId: null }, { change: "reopen", serviceId: YOUTH_SERVICE, version: String(await versionOf(db.prisma)) })).toEqual({ ok: false, reason: "missing" });
    expect(await proposeServiceChange(db.prisma, provider, { serviceId: otherService, draftVersion: "", recordVersion: String(version), values: { nameNl: "Overgenomen" } })).toEqual({ ok: false, reason: "missing" });
    expect(await state(db.prisma)).toBe(before);
  });

  it("refuses a stale form or a second submit calmly, and a wrong value at its field", async () => {
    const version = await versionOf(db.prisma);
    const first = { change: "intake", serviceId: YOUTH_SERVICE, version: String(version), accepting: "yes", waitingDays: "5" };
    expect(await changeAvailability(db.prisma, provider, first)).toMatchObject({ ok: true });
    const before = await state(db.prisma);
    expect(await changeAvailability(db.prisma, provider, first)).toEqual({ ok: false, reason: "stale" });
    expect(await changeAvailability(db.prisma, provider, { ...first, waitingDays: "30" })).toEqual({ ok: false, reason: "stale" });
    const current = String(version + 1);
    expect(await changeAvailability(db.prisma, provider, { ...first, version: current, waitingDays: "-3" })).toMatchObject({ ok: false, errors: { waitingDays: "number" } });
    expect(await changeAvailability(db.prisma, provider, { change: "addSchedule", serviceId: YOUTH_SERVICE, version: current, place: "0", byday: "MO", opensAt: "15:00", closesAt: "14:00" })).toMatchObject({
      ok: false,
      errors: { closesAt: "order" },
    });
    expect(await state(db.prisma)).toBe(before);
    expect((await db.prisma.service.findUniqueOrThrow({ where: { id: YOUTH_SERVICE } })).waitingDays).toBe(5);
  });

  it("cancels one walk-in date (residents no longer see it) and keeps it when the hours are written anew", async () => {
    const view = (await providerService(db.prisma, provider.organizationId, YOUTH_SERVICE))!;
    const wednesday = view.places[0]!.schedules[0]!;
    const date = wednesday.upcoming[1]!;
    const cancelled = await changeAvailability(db.prisma, provider, { change: "cancelDate", serviceId: YOUTH_SERVICE, version: String(view.version), scheduleId: wednesday.id, date });
    expect(cancelled).toEqual({ ok: true, changed: true });
    const after = (await providerService(db.prisma, provider.organizationId, YOUTH_SERVICE))!;
    expect(after.version).toBe(view.version + 1);
    expect(after.places[0]!.schedules[0]!.cancelledDates).toEqual([date]);
    expect(after.places[0]!.schedules[0]!.upcoming).not.toContain(date);
    const line = await db.prisma.catalogueChange.findFirstOrThrow({ where: { recordId: YOUTH_SERVICE, version: after.version } });
    expect(line).toMatchObject({ origin: "provider", userName: "Test provider", fields: [{ field: "service_at_locations.0.schedules.0.x_cancelled_dates", before: [], after: [date] }] });
    // A date that is no walk-in day, or one past, is refused at its field.
    expect(await changeAvailability(db.prisma, provider, { change: "cancelDate", serviceId: YOUTH_SERVICE, version: String(after.version), scheduleId: wednesday.id, date: "2020-01-01" })).toMatchObject({ errors: { date: "past" } });

    // A walk-in hour added at the other place rewrites the service's places and hours wholesale.
    const added = await changeAvailability(db.prisma, provider, { change: "addSchedule", serviceId: YOUTH_SERVICE, version: String(after.version), place: "1", byday: "TU", opensAt: "09:00", closesAt: "11:00", validFrom: "", validTo: "" });
    expect(added).toEqual({ ok: true, changed: true });
    const rewritten = (await providerService(db.prisma, provider.organizationId, YOUTH_SERVICE))!;
    expect(rewritten.places[0]!.schedules[0]!.id).not.toBe(wednesday.id);
    expect(rewritten.places[0]!.schedules[0]!.cancelledDates).toEqual([date]);
    expect(rewritten.places[1]!.schedules.map((s) => s.byday)).toEqual(["1FR", "TU"]);
    const resident = (await serviceRecord(db.prisma, YOUTH_SERVICE))!;
    expect(resident.locations[0]!.schedules[0]!.cancelledDates!.map((d) => new Date(d).toISOString().slice(0, 10))).toEqual([date]);

    // Removing the new one again keeps it too; changing the Wednesday hour itself takes its cancelled dates along.
    const tuesday = rewritten.places[1]!.schedules[1]!;
    expect(await changeAvailability(db.prisma, provider, { change: "removeSchedule", serviceId: YOUTH_SERVICE, version: String(rewritten.version), scheduleId: tuesday.id })).toMatchObject({ ok: true });
    const removed = (await providerService(db.prisma, provider.organizationId, YOUTH_SERVICE))!;
    expect(removed.places[1]!.schedules.map((s) => s.byday)).toEqual(["1FR"]);
    expect(removed.places[0]!.schedules[0]!.cancelledDates).toEqual([date]);
    const restored = await changeAvailability(db.prisma, provider, { change: "restoreDate", serviceId: YOUTH_SERVICE, version: String(removed.version), scheduleId: removed.places[0]!.schedules[0]!.id, date });
    expect(restored).toEqual({ ok: true, changed: true });
    const changed = await changeAvailability(db.prisma, provider, {
      change: "changeSchedule", serviceId: YOUTH_SERVICE, version: String(removed.version + 1), scheduleId: removed.places[0]!.schedules[0]!.id,
      byday: "WE", opensAt: "13:30", closesAt: "15:30", validFrom: "", validTo: "2099-12-31",
    });
    expect(changed).toEqual({ ok: true, changed: true });
    const wed = (await providerService(db.prisma, provider.organizationId, YOUTH_SERVICE))!.places[0]!.schedules[0]!;
    // The description the editors wrote stays with the changed hour.
    expect(wed).toMatchObject({ byday: "WE", opensAt: "13:30", validTo: "2099-12-31", description: { nl: "Elke woensdagmiddag. Kinderen mogen mee." } });
  });

  it("closes temporarily with a reason and a date of return, in one history line, and opens again", async () => {
    const version = await versionOf(db.prisma);
    const revision = await getCatalogueRevision(db.prisma);
    expect(await changeAvailability(db.prisma, provider, { change: "close", serviceId: YOUTH_SERVICE, version: String(version), reasonNl: "Wij verhuizen.", reasonEn: "", reopensOn: "2020-01-01" })).toMatchObject({
      errors: { reopensOn: "future" },
    });
    expect(await changeAvailability(db.prisma, provider, { change: "close", serviceId: YOUTH_SERVICE, version: String(version), reasonNl: "", reasonEn: "", reopensOn: "" })).toMatchObject({
      errors: { reasonNl: "required" },
    });
    const closed = await changeAvailability(db.prisma, provider, { change: "close", serviceId: YOUTH_SERVICE, version: String(version), reasonNl: "Wij verhuizen.", reasonEn: "We are moving.", reopensOn: "2099-03-01" });
    expect(closed).toEqual({ ok: true, changed: true });
    expect(await getCatalogueRevision(db.prisma)).toBe(revision + 1);
    const row = await db.prisma.service.findUniqueOrThrow({ where: { id: YOUTH_SERVICE } });
    expect(row).toMatchObject({ status: "temporarily_closed", closedReason: { nl: "Wij verhuizen.", en: "We are moving." }, version: version + 1 });
    expect(row.reopensOn?.toISOString().slice(0, 10)).toBe("2099-03-01");
    const lines = await db.prisma.catalogueChange.findMany({ where: { recordId: YOUTH_SERVICE, version: version + 1 } });
    expect(lines).toHaveLength(1);
    expect((lines[0]!.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(["status", "x_closed_reason.en", "x_closed_reason.nl", "x_reopens_on"]);
    expect(await serviceRecord(db.prisma, YOUTH_SERVICE)).toMatchObject({ temporarilyClosed: true, closedReason: { nl: "Wij verhuizen." }, reopensOn: "2099-03-01" });

    // A new reason while closed: the portal fields alone, a version and a revision more.
    expect(await changeAvailability(db.prisma, provider, { change: "close", serviceId: YOUTH_SERVICE, version: String(version + 1), reasonNl: "Wij verhuizen naar het dorpshuis.", reopensOn: "2099-03-01" })).toEqual({ ok: true, changed: true });
    expect(await getCatalogueRevision(db.prisma)).toBe(revision + 2);
    expect(await versionOf(db.prisma)).toBe(version + 2);

    const reopened = await changeAvailability(db.prisma, provider, { change: "reopen", serviceId: YOUTH_SERVICE, version: String(version + 2) });
    expect(reopened).toEqual({ ok: true, changed: true });
    const open = await db.prisma.service.findUniqueOrThrow({ where: { id: YOUTH_SERVICE } });
    expect(open).toMatchObject({ status: "active", closedReason: null, reopensOn: null });
    expect(await serviceRecord(db.prisma, YOUTH_SERVICE)).toMatchObject({ temporarilyClosed: false, closedReason: null, reopensOn: null });
  });

  it("puts other changes in as a draft for an editor, and meets an editor's draft calmly", async () => {
    const start = (await proposalStart(db.prisma, provider, YOUTH_SERVICE))!;
    expect(start).toMatchObject({ draftVersion: null, waiting: false });
    const before = (await serviceRecord(db.prisma, YOUTH_SERVICE))!.name;
    const unchanged = await proposeServiceChange(db.prisma, provider, { serviceId: YOUTH_SERVICE, draftVersion: "", recordVersion: String(start.recordVersion), values: start.values });
    expect(unchanged).toEqual({ ok: false, reason: "unchanged" });
    const bad = await proposeServiceChange(db.prisma, provider, { serviceId: YOUTH_SERVICE, draftVersion: "", recordVersion: String(start.recordVersion), values: { ...start.values, email: "geen adres" } });
    expect(bad).toMatchObject({ ok: false, reason: "invalid", errors: { email: { nl: expect.any(String) } } });
    const sent = await proposeServiceChange(db.prisma, provider, { serviceId: YOUTH_SERVICE, draftVersion: "", recordVersion: String(start.recordVersion), values: { ...start.values, descriptionNl: "Ouders helpen ouders." } });
    expect(sent).toEqual({ ok: true });
    const draft = await db.prisma.catalogueDraft.findFirstOrThrow({ where: { recordId: YOUTH_SERVICE } });
    expect(draft).toMatchObject({ origin: "provider", createdByUserId: provider.id, data: { description: { nl: "Ouders helpen ouders." } } });
    // Residents see nothing of it yet.
    expect((await serviceRecord(db.prisma, YOUTH_SERVICE))!.name).toEqual(before);
    expect((await proposalStart(db.prisma, provider, YOUTH_SERVICE))!).toMatchObject({ draftVersion: 1, waiting: true, values: { descriptionNl: "Ouders helpen ouders." } });

    // The editor publishes it: in the history as the editor's.
    expect(await publishDraft(db.prisma, { kind: "service", recordId: YOUTH_SERVICE, draftVersion: 1, author: { origin: "editor", userId: null, userName: "Eva Editor" } })).toMatchObject({ ok: true });
    // An editor's own draft: the provider's proposal is refused with what the editor changed.
    const opened = await editableRecord(db.prisma, "service", YOUTH_SERVICE);
    await saveDraft(db.prisma, { kind: "service", data: { ...opened.record!, url: "https://redactie.example.nl" }, startedFrom: opened.startedFrom, userId: provider.id });
    const again = (await proposalStart(db.prisma, provider, YOUTH_SERVICE))!;
    expect(again.draftVersion).toBeNull();
    const refused = await proposeServiceChange(db.prisma, provider, { serviceId: YOUTH_SERVICE, draftVersion: "", recordVersion: String(again.recordVersion), values: { ...again.values, phone: "023 555 12 12" } });
    expect(refused).toMatchObject({ ok: false, reason: "conflict", changes: [{ field: "url" }] });
    expect((await db.prisma.catalogueDraft.findFirstOrThrow({ where: { recordId: YOUTH_SERVICE } })).origin).toBe("editor");
  });
});

describe.each(testEngines)("cancelled dates across an import on %s", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await loadDemoCatalogue(db.prisma);
  });
  afterAll(() => db?.close());

  it("keeps the cancelled dates of unchanged schedules when a file rewrites the service's hours", async () => {
    const file = path.resolve("prisma/demo/catalogue.json");
    const document = JSON.parse(await readFile(file, "utf8")) as { services: { id: string; service_at_locations: { schedules: { opens_at: string }[] }[] }[] };
    const wednesday = await db.prisma.schedule.findFirstOrThrow({ where: { serviceAtLocation: { serviceId: YOUTH_SERVICE }, byday: "WE" } });
    await db.prisma.schedule.update({ where: { id: wednesday.id }, data: { cancelledDates: [new Date("2099-01-07T00:00:00Z")] } });
    document.services.find((s) => s.id === YOUTH_SERVICE)!.service_at_locations[1]!.schedules[0]!.opens_at = "10:30";
    expect(await importCatalogue(db.prisma, document, { sourceDir: path.dirname(file), replace: true })).toMatchObject({ ok: true });
    const after = await db.prisma.schedule.findMany({ where: { serviceAtLocation: { serviceId: YOUTH_SERVICE } }, orderBy: { byday: "asc" } });
    expect(after.map((s) => [s.byday, s.opensAt, s.cancelledDates.map((d) => d.toISOString().slice(0, 10))])).toEqual([
      ["1FR", "10:30", []],
      ["WE", "13:00", ["2099-01-07"]],
    ]);
    expect(after.find((s) => s.byday === "WE")!.id).not.toBe(wednesday.id);
  });
});
