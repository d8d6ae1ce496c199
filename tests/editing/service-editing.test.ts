import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { editableRecord, saveDraft } from "@/lib/catalogue/editing/drafts";
import { saveEditorDraft, startedFromValues } from "@/lib/catalogue/editing/edit-form";
import { serviceFields } from "@/lib/catalogue/editing/forms/service";
import type { Actor } from "@/lib/auth/roles";
import { previewServiceRecord } from "@/lib/catalogue/editing/preview";
import { previewContext } from "@/lib/catalogue/editing/service-read";
import { listServices, SERVICE_LIST_PAGE, serviceListFilters } from "@/lib/catalogue/editing/service-list";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { serviceRecord } from "@/lib/catalogue/queries";
import { toDirectoryEntry } from "@/lib/catalogue/shapes/directory-entry";
import { toServiceDetail } from "@/lib/catalogue/shapes/service-detail";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { sample, type Json } from "@/tests/catalogue/fixtures";

const EDITOR = "00000000-0000-4000-8000-000000000001";
const NEW_ID = "6a1f0c7e-2b3d-4e5f-8a9b-0c1d2e3f4a5b";
const filters = (query: Record<string, string> = {}) => serviceListFilters(query);
const names = (rows: { name: unknown }[]) => rows.map((row) => (row.name as { nl: string }).nl);

describe.each(testEngines)("editing services on %s", (engine) => {
  let db: TestDatabase;
  let catalogue: Json;
  beforeEach(async () => {
    db = await createTestDatabase(engine);
    catalogue = sample();
    await importCatalogue(db.prisma, catalogue);
  });
  afterEach(async () => {
    await db.close();
  });

  async function draftNew(name: string, id = NEW_ID) {
    const base = catalogue.services.find((s: Json) => s.name.nl === "Formulierenhulp Zandvoort");
    const data = { ...base, id, name: { nl: name }, x_supporters: undefined };
    const saved = await saveDraft(db.prisma, { kind: "service", data: JSON.parse(JSON.stringify(data)), startedFrom: { draftVersion: null, recordVersion: null, start: null }, userId: EDITOR });
    expect(saved.ok).toBe(true);
  }

  it("after a refused save, gives the form back with the other's change and mine on top, its checkbox groups and kind included", async () => {
    const id = catalogue.services[0].id as string;
    const a = await editableRecord(db.prisma, "service", id);
    const b = await editableRecord(db.prisma, "service", id);
    await saveDraft(db.prisma, { kind: "service", data: { ...a.record!, x_waiting_days: 33 }, startedFrom: a.startedFrom, userId: EDITOR });
    // The second editor adds a language through the form, from the same start.
    const mine = serviceFields({ ...b.record!, languages: [...((b.record!.languages as string[]) ?? []), "ar"] });
    const posted = { ...mine, kind: ["service"], ...Object.fromEntries(Object.entries(startedFromValues(b.startedFrom)).map(([k, v]) => [k, [v]])) };
    const actor = { id: EDITOR, name: "Tweede", role: "editor" } as unknown as Actor;
    const saved = await saveEditorDraft(db.prisma, actor, posted);
    if (!saved.ok || saved.result.ok || !("conflict" in saved.result)) throw new Error("expected a conflict");
    const values = saved.formValuesOf(saved.result.conflict.rebased);
    expect(values.attributes).toBe((b.record!.attributes as string[]).find((ref) => ref.startsWith("co-kind:")));
    expect(values.languages!.split(",")).toContain("ar");
    expect(values.x_waiting_days).toBe("33");
  });

  it("lists every service a page at a time, by name, with its organisation, kind and status", async () => {
    // Two new services (drafts only) make more than a page.
    await draftNew("Zeemaatje", "6a1f0c7e-2b3d-4e5f-8a9b-0c1d2e3f4a51");
    await draftNew("Zeemaatje twee", "6a1f0c7e-2b3d-4e5f-8a9b-0c1d2e3f4a52");
    const count = catalogue.services.length + 2;
    expect(count).toBeGreaterThan(SERVICE_LIST_PAGE);
    const all = await listServices(db.prisma, filters());
    expect(all).toMatchObject({ total: count, page: 1, pages: 2 });
    expect(all.rows).toHaveLength(SERVICE_LIST_PAGE);
    // New ones first, then by name.
    expect(names(all.rows).slice(0, 2)).toEqual(["Zeemaatje", "Zeemaatje twee"]);
    const published = names(all.rows).slice(2);
    expect(published).toEqual([...published].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const second = await listServices(db.prisma, filters({ pagina: "2" }));
    expect(second).toMatchObject({ total: count, page: 2 });
    expect(second.rows).toHaveLength(count - SERVICE_LIST_PAGE);
    expect(second.rows.map((row) => row.id)).not.toContain(all.rows[0]!.id);
    expect(all.rows.find((row) => (row.name as { nl: string }).nl === "Formulierenhulp Haarlem")).toMatchObject({
      organizationName: "Stichting Formulierenpunt Kennemerland",
      kind: "volunteer",
      status: "active",
      hasDraft: false,
      isNew: false,
    });
  });

  it("searches by name and organisation, and filters by municipality, kind, status and draft", async () => {
    expect(names((await listServices(db.prisma, filters({ q: "formulieren" }))).rows)).toEqual(["Belastinghulp: hulp bij uw aangifte", "Formulierenhulp Haarlem", "Formulierenhulp Zandvoort"]);
    // A search term is text, never a pattern.
    expect((await listServices(db.prisma, filters({ q: "%" }))).total).toBe(0);
    const zandvoortVolunteers = await listServices(db.prisma, filters({ gemeente: "GM0473", soort: "volunteer" }));
    expect(names(zandvoortVolunteers.rows)).toEqual(["Belastinghulp: hulp bij uw aangifte", "Budgetmaatje: samen grip op geld", "Formulierenhulp Zandvoort", "Ouderenadviseur Zandvoort"]);
    expect(names((await listServices(db.prisma, filters({ status: "inactive" }))).rows)).toEqual(["Inloopspreekuur Schalkwijk op maandag"]);
    expect((await listServices(db.prisma, filters({ concept: "ja" }))).total).toBe(0);
    // Unknown filter values are left out, not passed on.
    expect(filters({ gemeente: "'; drop", soort: "x", status: "y", pagina: "-3" })).toMatchObject({ municipality: undefined, kind: undefined, status: undefined, page: 1 });
  });

  it("lists a new service that exists only as a draft, marked new, and a draft of a published one", async () => {
    await draftNew("Taalmaatje Zandvoort");
    const opened = await editableRecord(db.prisma, "service", catalogue.services[0].id);
    await saveDraft(db.prisma, { kind: "service", data: { ...opened.record!, x_waiting_days: 9 }, startedFrom: opened.startedFrom, userId: EDITOR });

    const drafts = await listServices(db.prisma, filters({ concept: "ja" }));
    expect(drafts.rows).toEqual([
      { id: NEW_ID, name: { nl: "Taalmaatje Zandvoort" }, organizationName: "Stichting Zandvoort Samen", kind: "volunteer", status: "active", hasDraft: true, isNew: true },
      expect.objectContaining({ id: catalogue.services[0].id, hasDraft: true, isNew: false }),
    ]);
    expect(names((await listServices(db.prisma, filters({ q: "taalmaatje", gemeente: "GM0473", soort: "volunteer", status: "active" }))).rows)).toEqual(["Taalmaatje Zandvoort"]);
    expect((await listServices(db.prisma, filters({ q: "taalmaatje", gemeente: "GM0392" }))).total).toBe(0);
    expect((await listServices(db.prisma, filters({ q: "taalmaatje", concept: "nee" }))).total).toBe(0);
    expect((await listServices(db.prisma, filters())).total).toBe(catalogue.services.length + 1);
  });

  it("previews an unchanged service exactly as the residents' page reads it from the tables", async () => {
    for (const service of catalogue.services.filter((s: Json) => s.status === "active")) {
      const { record } = await editableRecord(db.prisma, "service", service.id);
      const preview = previewServiceRecord(record, await previewContext(db.prisma, record));
      const published = await serviceRecord(db.prisma, service.id);
      // Photos are served for published supporters only; schedules from the tables carry their cancelled dates.
      const comparable = (r: typeof published) =>
        r && {
          ...r,
          supporters: r.supporters.map((p) => ({ ...p, photo: null })),
          schedules: r.schedules.map(({ freq, byday, opensAt, closesAt, attendance, place }) => ({ freq, byday, opensAt, closesAt, attendance, place })),
          locations: r.locations.map((l) => ({ ...l, schedules: l.schedules.map(({ freq, byday, opensAt, closesAt, attendance, description }) => ({ freq, byday, opensAt, closesAt, attendance, description })) })),
        };
      expect(comparable(preview)).toEqual(comparable(published));
    }
  });

  it("previews a draft: its changes, in the shapes of the service page and the directory card", async () => {
    const id = catalogue.services.find((s: Json) => s.name.nl === "Formulierenhulp Zandvoort").id;
    const { record } = await editableRecord(db.prisma, "service", id);
    const draft = {
      ...record!,
      name: { nl: "Formulierenhulp aan zee", en: "Help with forms by the sea" },
      status: "temporarily closed",
      service_at_locations: [{ ...(record!.service_at_locations as Json[])[0], schedules: [{ freq: "WEEKLY", byday: "WE", opens_at: "10:00", closes_at: "12:00", description: { nl: "Inloop" } }] }],
    };
    const preview = previewServiceRecord(draft, await previewContext(db.prisma, draft))!;
    expect(toDirectoryEntry(preview, "en")).toMatchObject({ name: { text: "Help with forms by the sea", lang: "en" }, temporarilyClosed: true, organizationName: "Stichting Zandvoort Samen" });
    const detail = toServiceDetail(preview, "nl")!;
    expect(detail.name.text).toBe("Formulierenhulp aan zee");
    expect(detail.locations[0]).toMatchObject({ name: "Bibliotheek Zandvoort", schedules: [{ byday: "WE", opensAt: "10:00", closesAt: "12:00" }] });
    expect(detail.municipalities).toEqual([{ code: "GM0473", name: "Zandvoort" }]);
    // Not a whole service yet: no preview.
    expect(previewServiceRecord({ ...draft, name: undefined }, await previewContext(db.prisma, draft))).toBeUndefined();
  });
});
