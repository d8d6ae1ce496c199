import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { publishRecords } from "@/lib/catalogue/editing/merge";
import { recordsDocumentOf, publishedRecord } from "@/lib/catalogue/editing/records";
import { exportCatalogue } from "@/lib/catalogue/interchange/export";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { previewImport } from "@/lib/catalogue/interchange/preview";
import { getCatalogueRevision } from "@/lib/catalogue/revision";
import { applyStagedImport, cancelStagedImport, stageImport, stagedImport } from "@/lib/catalogue/transfer/browser-import";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { sample, type Json } from "./fixtures";

const EDITOR = { origin: "import" as const, userId: "00000000-0000-4000-8000-000000000001", userName: "Eva Editor" };
const WLZ = "ef8c3c18-201e-53ec-aea1-9319862266bd";
const OBJECTION = "4383b885-569d-580c-a41a-c8758e074662";
const COOPERATIVE = "aef98bc9-3d5b-5f29-971d-1de3fa2cd7ad";

/** Every catalogue table and the history, as one digest: a preview must leave it as it was. */
async function digest(prisma: PrismaClient): Promise<string> {
  const tables = ["Municipality", "Taxonomy", "TaxonomyTerm", "Organization", "Location", "Service", "Supporter", "CatalogueChange", "CatalogueState"];
  const parts = await Promise.all(
    tables.map((table) => prisma.$queryRawUnsafe<{ digest: string }[]>(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${table}" t`)),
  );
  return parts.map((rows) => rows[0]!.digest).join(",");
}

/** The sample without the cooperative and its two services (and references to them). */
function withoutCooperative(): Json {
  const doc = sample();
  doc.organizations = doc.organizations.filter((o: Json) => o.id !== COOPERATIVE);
  doc.services = doc.services.filter((s: Json) => s.organization_id !== COOPERATIVE);
  for (const s of doc.services) if ([WLZ, OBJECTION].includes(s.x_backup_service_id)) delete s.x_backup_service_id;
  return doc;
}

describe.each(testEngines)("the import's preview on %s", (engine) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(engine);
    await importCatalogue(db.prisma, sample());
  });
  afterEach(async () => {
    await db.close();
  });

  it("lists what is added, changed (field by field) and removed, and writes nothing", async () => {
    const doc = sample();
    doc.services[0].name.nl = "Cliëntondersteuning Haarlem-Noord";
    doc.services[0].x_waiting_days = 9;
    const removed = doc.services.pop();
    doc.locations.push({ id: "6a1f3c2e-1111-4222-8333-444455556666", name: "Nieuw buurthuis", location_type: "virtual", url: "https://buurthuis.example.nl" });
    const before = await digest(db.prisma);

    const preview = await previewImport(db.prisma, doc, { replace: true });

    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.revision).toBe(await getCatalogueRevision(db.prisma));
    expect(preview.records.location.added).toEqual([{ key: "6a1f3c2e-1111-4222-8333-444455556666", name: { nl: "Nieuw buurthuis" }, fields: [] }]);
    expect(preview.records.service.removed).toMatchObject([{ key: removed.id, name: { nl: removed.name.nl } }]);
    const changed = preview.records.service.changed;
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ key: doc.services[0].id, name: { nl: "Cliëntondersteuning Haarlem-Noord" } });
    expect(changed[0]!.fields).toEqual(expect.arrayContaining([
      { field: "name.nl", before: "Cliëntondersteuning Haarlem", after: "Cliëntondersteuning Haarlem-Noord" },
      expect.objectContaining({ field: "x_waiting_days", after: "9" }),
    ]));
    expect(preview.records.organization).toEqual({ added: [], changed: [], removed: [] });
    expect(await digest(db.prisma)).toBe(before);

    // Without replace nothing is removed.
    const merged = await previewImport(db.prisma, doc, { replace: false });
    expect(merged.ok && merged.records.service.removed).toEqual([]);
  });

  it("gives every problem of a bad file with its place, in Dutch and English, and writes nothing", async () => {
    const doc = sample();
    delete doc.services[3].name;
    doc.services[5].attributes.push("co-domain:bestaat-niet");
    const before = await digest(db.prisma);
    const preview = await previewImport(db.prisma, doc, { replace: false });
    expect(preview.ok).toBe(false);
    if (preview.ok) return;
    expect(preview.problems.map((p) => p.path)).toEqual(["$.services[3].name", expect.stringMatching(/^\$\.services\[5\]\.attributes\[\d+\]$/)]);
    expect(preview.problems[0]!.message.nl).toMatch(/ontbreekt|verplicht/i);
    expect(preview.problems[0]!.message.en).toMatch(/missing|required/i);
    expect(await digest(db.prisma)).toBe(before);
  });

  it("says up front which removals contact requests forbid, and can keep those services as defunct instead", async () => {
    await db.prisma.contactRequest.create({
      data: { origin: "resident", serviceId: WLZ, organizationId: COOPERATIVE, consentText: "Ja", consentAt: new Date(), locale: "nl", idempotencyKey: `preview-${engine}` },
    });
    const before = await digest(db.prisma);
    const plain = await previewImport(db.prisma, withoutCooperative(), { replace: true });
    expect(plain).toMatchObject({
      ok: false,
      requested: [
        { kind: "service", id: WLZ, name: "Hulp bij een Wlz-aanvraag", count: 1 },
        { kind: "organization", id: COOPERATIVE, count: 1 },
      ],
      problems: [{ code: "still_requested" }, { code: "still_requested_organization" }],
    });

    const kept = await previewImport(db.prisma, withoutCooperative(), { replace: true, keepRequested: true });
    expect(kept.ok).toBe(true);
    if (!kept.ok) return;
    expect(kept.kept.map((r) => r.id)).toEqual([WLZ, COOPERATIVE]);
    // (The file itself drops a fallback to the removed services: that change is listed too.)
    expect(kept.records.service.changed.find((r) => r.key === WLZ)).toMatchObject({ fields: [{ field: "status", before: "active", after: "defunct" }] });
    expect(kept.records.service.removed.map((r) => r.key)).toEqual([OBJECTION]);
    expect(kept.records.organization.removed).toEqual([]);
    expect(await digest(db.prisma)).toBe(before);

    // Applied the same way: the service stays, defunct, with its request; the other goes.
    const refused = await importCatalogue(db.prisma, withoutCooperative(), { replace: true, author: EDITOR });
    expect(refused.ok).toBe(false);
    const applied = await importCatalogue(db.prisma, withoutCooperative(), { replace: true, keepRequested: true, author: EDITOR });
    expect(applied.ok).toBe(true);
    expect(await db.prisma.service.findUnique({ where: { id: WLZ }, select: { status: true } })).toEqual({ status: "defunct" });
    expect(await db.prisma.service.findUnique({ where: { id: OBJECTION } })).toBeNull();
    expect(await db.prisma.organization.findUnique({ where: { id: COOPERATIVE }, select: { id: true } })).toEqual({ id: COOPERATIVE });
    expect(await db.prisma.contactRequest.count({ where: { serviceId: WLZ } })).toBe(1);
  });

  describe("staged in the browser", () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(path.join(tmpdir(), "staged-"));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    const changedFile = () => {
      const doc = sample();
      doc.services[1].x_waiting_days = 42;
      return JSON.stringify(doc);
    };

    it("refuses a stale preview calmly, shows it again, and imports once however often it is submitted", async () => {
      const staged = await stageImport(db.prisma, { text: changedFile(), fileName: "catalogus.json", replace: false }, "Eva Editor", dir);
      if (!staged.ok) throw new Error("not staged");
      const shown = (await stagedImport(db.prisma, staged.token, dir))!;
      const revision = shown.previews.plain.revision;

      // Someone publishes a change meanwhile.
      const id = sample().services[2].id;
      const record = (await publishedRecord(db.prisma, "service", id))!.record;
      await publishRecords(db.prisma, recordsDocumentOf("service", [{ ...record, x_waiting_days: 3 }]), { origin: "editor", userId: null, userName: "Ander" });
      const before = await digest(db.prisma);

      expect(await applyStagedImport(db.prisma, { token: staged.token, revision, keep: false }, EDITOR, dir)).toEqual({ ok: false, reason: "changed" });
      expect(await digest(db.prisma)).toBe(before);
      const again = (await stagedImport(db.prisma, staged.token, dir))!;
      expect(again.previews.plain.revision).toBe(revision + 1);

      const results = await Promise.all([1, 2].map(() => applyStagedImport(db.prisma, { token: staged.token, revision: revision + 1, keep: false }, EDITOR, dir)));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "gone" }]);
      expect(await applyStagedImport(db.prisma, { token: staged.token, revision: revision + 1, keep: false }, EDITOR, dir)).toEqual({ ok: false, reason: "gone" });
      expect((await publishedRecord(db.prisma, "service", sample().services[1].id))!.record.x_waiting_days).toBe(42);
      const history = await db.prisma.catalogueChange.findMany({ where: { recordId: sample().services[1].id, origin: "import", userName: "Eva Editor" } });
      expect(history).toHaveLength(1);
      expect(await readdir(dir)).toEqual([]);
    });

    it("cancels with nothing changed, and refuses a file that is not JSON", async () => {
      const before = await digest(db.prisma);
      const staged = await stageImport(db.prisma, { text: changedFile(), fileName: "catalogus.json", replace: true }, "Eva Editor", dir);
      if (!staged.ok) throw new Error("not staged");
      await cancelStagedImport(staged.token, dir);
      expect(await stagedImport(db.prisma, staged.token, dir)).toBeUndefined();
      expect(await readdir(dir)).toEqual([]);
      expect(await stageImport(db.prisma, { text: "<html>", fileName: "x.json", replace: false }, "Eva", dir)).toEqual({ ok: false, error: "not_json" });
      expect(await digest(db.prisma)).toBe(before);
      // An exported catalogue imports as itself: nothing to add, change or remove.
      const round = await previewImport(db.prisma, await exportCatalogue(db.prisma), { replace: true });
      expect(round.ok && Object.values(round.records).every((g) => g.added.length + g.changed.length + g.removed.length === 0)).toBe(true);
    });
  });
});
