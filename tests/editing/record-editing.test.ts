import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { editableRecord, saveDraft } from "@/lib/catalogue/editing/drafts";
import { discardEditorDraft, publishEditorDraft, saveEditorDraft, startedFromValues } from "@/lib/catalogue/editing/edit-form";
import type { RecordValue } from "@/lib/catalogue/editing/field-changes";
import { formValues } from "@/lib/catalogue/editing/form-record";
import type { RecordKind } from "@/lib/catalogue/editing/kinds";
import { publishedRecord } from "@/lib/catalogue/editing/records";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { sample } from "@/tests/catalogue/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";

const EDITOR: Actor = { id: "00000000-0000-4000-8000-000000000001", email: "eva@example.nl", name: "Eva Editor", role: "editor", extraRoles: [], organizationId: null, teamId: null, sessionId: "s", pending: null };
const one = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).map(([name, value]) => [name, [value]]));

describe.each(testEngines)("editing organizations, locations, terms and supporters on %s", (engine) => {
  let db: TestDatabase;
  let uploads: string;
  beforeEach(async () => {
    db = await createTestDatabase(engine);
    await importCatalogue(db.prisma, sample());
    uploads = await fs.mkdtemp(path.join(os.tmpdir(), "uploads-"));
  });
  afterEach(async () => {
    await db.close();
    await fs.rm(uploads, { recursive: true, force: true });
  });

  /** The form of a record as it opens, with some fields changed; a supporter's form posts only that supporter's fields. */
  async function form(kind: RecordKind, key: string, changes: Record<string, string[]>, extra: Record<string, string> = {}) {
    const opened = await editableRecord(db.prisma, kind, key);
    const shown = extra.form === "service.supporter" ? {} : formValues(opened.record);
    return { ...one({ kind, ...startedFromValues(opened.startedFrom), ...shown, ...extra }), ...changes };
  }
  const publish = async (kind: RecordKind, recordId: string) => {
    const draft = await db.prisma.catalogueDraft.findUniqueOrThrow({ where: { kind_recordId: { kind, recordId } } });
    return publishEditorDraft(db.prisma, EDITOR, one({ kind, recordId, draftVersion: String(draft.version) }), uploads);
  };

  it("saves an organization's independence flag as a draft and publishes it", async () => {
    const org = sample().organizations.find((o: RecordValue) => o.x_is_care_provider === false);
    const saved = await saveEditorDraft(db.prisma, EDITOR, await form("organization", org.id, { x_is_care_provider: ["ja"] }), {}, uploads);
    expect(saved).toMatchObject({ ok: true, result: { ok: true } });
    expect((await publishedRecord(db.prisma, "organization", org.id))!.record.x_is_care_provider).toBe(false);
    expect(await publish("organization", org.id)).toMatchObject({ ok: true, result: { ok: true, changes: [{ fields: [{ field: "x_is_care_provider", after: true }] }] } });
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: org.id } })).isCareProvider).toBe(true);
  });

  it("creates a location from an empty form, and refuses a building without an address at the field", async () => {
    const id = crypto.randomUUID();
    const blank = one({ kind: "location", ...startedFromValues({ draftVersion: null, recordVersion: null, start: null }), id, name: "Buurthuis De Brug", location_type: "physical" });
    const refused = await saveEditorDraft(db.prisma, EDITOR, blank, {}, uploads);
    expect(refused).toMatchObject({ ok: true, result: { ok: false, problems: [{ path: "$.address", code: "address_required" }] } });
    const fields = { ...blank, ...one({ "address.address_1": "Brugweg 1", "address.city": "Haarlem", "address.postal_code": "2011 ab", "accessibility.0.description.nl": "Drempelvrij" }) };
    expect(await saveEditorDraft(db.prisma, EDITOR, fields, {}, uploads)).toMatchObject({ result: { ok: true } });
    expect(await publish("location", id)).toMatchObject({ result: { ok: true } });
    expect((await publishedRecord(db.prisma, "location", id))!.record).toMatchObject({ address: { postal_code: "2011 AB" }, accessibility: [{ description: { nl: "Drempelvrij" } }] });
  });

  it("adds and removes a taxonomy's unused term, and refuses to remove a term in use, at save and at publish", async () => {
    const opened = await editableRecord(db.prisma, "taxonomy", "co-domain");
    const terms = opened.record!.terms as RecordValue[];
    const n = terms.length;
    const added = await saveEditorDraft(db.prisma, EDITOR, await form("taxonomy", "co-domain", one({ [`terms.${n}.code`]: "buurt", [`terms.${n}.name.nl`]: "Buurt" })), {}, uploads);
    expect(added).toMatchObject({ result: { ok: true } });
    expect(await publish("taxonomy", "co-domain")).toMatchObject({ result: { ok: true } });
    expect(await db.prisma.taxonomyTerm.count({ where: { taxonomyId: "co-domain", code: "buurt" } })).toBe(1);

    // An unused term goes for real when published (a taxonomy lists all its terms).
    const gone = await saveEditorDraft(db.prisma, EDITOR, await form("taxonomy", "co-domain", one({ [`terms.${n}.remove`]: "ja" })), {}, uploads);
    expect(gone).toMatchObject({ result: { ok: true } });
    expect(await publish("taxonomy", "co-domain")).toMatchObject({ result: { ok: true, changes: [{ kind: "taxonomy" }] } });
    expect(await db.prisma.taxonomyTerm.count({ where: { taxonomyId: "co-domain", code: "buurt" } })).toBe(0);

    // A term services use: refused at the row's box when saving, with what uses it.
    const used = await db.prisma.serviceAttribute.findFirstOrThrow({ where: { term: { taxonomyId: "co-domain" } }, select: { term: { select: { code: true } } } });
    const index = terms.findIndex((t) => t.code === used.term.code);
    const refused = await saveEditorDraft(db.prisma, EDITOR, await form("taxonomy", "co-domain", one({ [`terms.${index}.remove`]: "ja" })), {}, uploads);
    expect(refused).toMatchObject({ result: { ok: false, problems: [{ path: `$.terms[${index}].remove`, code: "term_in_use" }] } });
    if (!refused.ok || refused.result.ok || !("problems" in refused.result)) throw new Error("expected problems");
    expect(refused.result.problems[0]!.message.nl).toContain(used.term.code);

    // A draft that removes it anyway (saved before the term came into use) is refused at publish, nothing changed.
    const now = await editableRecord(db.prisma, "taxonomy", "co-domain");
    const without = { ...now.record!, terms: terms.filter((t) => t.code !== used.term.code) };
    expect(await saveDraft(db.prisma, { kind: "taxonomy", data: without, startedFrom: now.startedFrom, userId: EDITOR.id })).toMatchObject({ ok: true });
    expect(await publish("taxonomy", "co-domain")).toMatchObject({ result: { ok: false, problems: [{ code: "term_in_use" }] } });
    expect(await db.prisma.taxonomyTerm.count({ where: { taxonomyId: "co-domain", code: used.term.code } })).toBe(1);
    expect(await db.prisma.catalogueDraft.count({ where: { kind: "taxonomy" } })).toBe(1);
  });

  describe("a supporter's own form", () => {
    const service = () => sample().services.find((s: RecordValue) => Array.isArray(s.x_supporters) && s.x_supporters.length > 1) as RecordValue;
    const pngNamedJpg = async () => new File([new Uint8Array(await sharp({ create: { width: 20, height: 20, channels: 3, background: "#a52" } }).png().toBuffer())], "portret.jpg", { type: "image/jpeg" });

    it("adds a supporter with a photo to the service's draft, keeps the rest, and moves the photo into place when published", async () => {
      const s = service();
      const before = (await publishedRecord(db.prisma, "service", String(s.id)))!.record;
      const count = (before.x_supporters as unknown[]).length;
      const id = crypto.randomUUID();
      const at = (field: string) => `x_supporters.${count}.${field}`;
      const fields = await form("service", String(s.id), {
        ...one({ [at("id")]: id, [at("display_name")]: "Ayşe", [at("bio.nl")]: "Ik help u graag.", [at("gender")]: "vrouw" }),
        [at("languages")]: ["nl", "tr"],
        [at("lived_experience")]: ["co-lived-experience:debt"],
        // A posted text never names a photo: only an upload does.
        [at("photo")]: ["drafts/0123456789abcdef0123456789abcdef.png"],
      }, { form: "service.supporter" });
      const saved = await saveEditorDraft(db.prisma, EDITOR, fields, { [at("photo")]: await pngNamedJpg() }, uploads);
      expect(saved).toMatchObject({ ok: true, result: { ok: true }, path: `/beheer/diensten/${String(s.id)}/ondersteuners/${id}` });
      if (!saved.ok) throw new Error("expected a save");
      const draftPhoto = String((saved.record.x_supporters as RecordValue[]).at(-1)!.photo);
      expect(draftPhoto).toMatch(/^drafts\/[0-9a-f]{32}\.png$/u);
      await expect(fs.stat(path.join(uploads, draftPhoto))).resolves.toBeTruthy();
      // Everything but the new supporter is as it was.
      expect({ ...saved.record, x_supporters: (saved.record.x_supporters as unknown[]).slice(0, count) }).toEqual(before);
      expect(await db.prisma.supporter.count({ where: { id } })).toBe(0);

      expect(await publish("service", String(s.id))).toMatchObject({ result: { ok: true } });
      const row = await db.prisma.supporter.findUniqueOrThrow({ where: { id }, include: { livedExperience: true } });
      expect(row).toMatchObject({ displayName: "Ayşe", photo: `supporters/${id}-${draftPhoto.slice(7, 19)}.png`, languages: ["nl", "tr"], gender: "vrouw" });
      expect(row.livedExperience).toHaveLength(1);
      expect((await sharp(await fs.readFile(path.join(uploads, row.photo!))).metadata()).format).toBe("png");
      await expect(fs.stat(path.join(uploads, draftPhoto))).rejects.toThrow();
      expect(await db.prisma.supporter.count({ where: { serviceId: String(s.id) } })).toBe(count + 1);

      // Another photo of the same type is a change: a new name, the old file gone.
      const replaced = await saveEditorDraft(db.prisma, EDITOR, await form("service", String(s.id), {
        ...one({ [at("id")]: id, [at("display_name")]: "Ayşe", [at("bio.nl")]: "Ik help u graag.", [at("gender")]: "vrouw" }),
        [at("languages")]: ["nl", "tr"],
        [at("lived_experience")]: ["co-lived-experience:debt"],
      }, { form: "service.supporter" }), { [at("photo")]: await pngNamedJpg() }, uploads);
      expect(replaced).toMatchObject({ ok: true, result: { ok: true } });
      const replacedPublish = await publish("service", String(s.id));
      expect(replacedPublish).toMatchObject({ result: { ok: true } });
      expect(JSON.stringify(replacedPublish)).toContain("photo");
      const after = await db.prisma.supporter.findUniqueOrThrow({ where: { id } });
      expect(after.photo).toMatch(new RegExp(`^supporters/${id}-[0-9a-f]{12}\\.png$`, "u"));
      expect(after.photo).not.toBe(row.photo);
      await expect(fs.stat(path.join(uploads, after.photo!))).resolves.toBeTruthy();
      await expect(fs.stat(path.join(uploads, row.photo!))).rejects.toThrow();

      // Removing them takes their photo away too once published.
      const removed = await saveEditorDraft(db.prisma, EDITOR, await form("service", String(s.id), one({ [`x_supporters.${count}.remove`]: "ja" }), { form: "service.supporter", [`x_supporters.${count}.id`]: id }), {}, uploads);
      expect(removed).toMatchObject({ result: { ok: true } });
      expect(await publish("service", String(s.id))).toMatchObject({ result: { ok: true } });
      expect(await db.prisma.supporter.count({ where: { id } })).toBe(0);
      await expect(fs.stat(path.join(uploads, after.photo!))).rejects.toThrow();
    });

    it("publishes when the new photo cannot be moved into place afterwards, and says so", async () => {
      const s = service();
      const count = ((await publishedRecord(db.prisma, "service", String(s.id)))!.record.x_supporters as unknown[]).length;
      const id = crypto.randomUUID();
      const at = (field: string) => `x_supporters.${count}.${field}`;
      const fields = await form("service", String(s.id), one({ [at("id")]: id, [at("display_name")]: "Bram" }), { form: "service.supporter" });
      const saved = await saveEditorDraft(db.prisma, EDITOR, fields, { [at("photo")]: await pngNamedJpg() }, uploads);
      if (!saved.ok) throw new Error("expected a save");
      // The staged upload is gone before the publish (a full disk, a cleaned folder): the move after the commit fails.
      await fs.rm(path.join(uploads, String((saved.record.x_supporters as RecordValue[]).at(-1)!.photo)));
      const step = await publish("service", String(s.id));
      expect(step).toMatchObject({ ok: true, result: { ok: true }, photoNotPlaced: true });
      expect(await db.prisma.supporter.count({ where: { id } })).toBe(1);
      expect(await db.prisma.catalogueDraft.count({ where: { kind: "service", recordId: String(s.id) } })).toBe(0);
    });

    it("refuses a text file named .jpg at the photo field, and writes nothing", async () => {
      const s = service();
      const first = (s.x_supporters as RecordValue[])[0]!;
      const fields = await form("service", String(s.id), {}, { form: "service.supporter", "x_supporters.0.id": String(first.id), "x_supporters.0.display_name": "Marieke" });
      const saved = await saveEditorDraft(db.prisma, EDITOR, fields, { "x_supporters.0.photo": new File(["geen foto"], "foto.jpg", { type: "image/jpeg" }) }, uploads);
      expect(saved).toMatchObject({ ok: true, result: { ok: false, problems: [{ path: "$.x_supporters[0].photo", code: "photo_not_image" }] } });
      expect(await db.prisma.catalogueDraft.count()).toBe(0);
      expect(await fs.readdir(path.join(uploads, "drafts")).catch(() => [])).toEqual([]);
    });

    it("throws a discarded draft's photo away", async () => {
      const s = service();
      const first = (s.x_supporters as RecordValue[])[0]!;
      const fields = await form("service", String(s.id), {}, { form: "service.supporter", "x_supporters.0.id": String(first.id), "x_supporters.0.display_name": "Marieke" });
      const saved = await saveEditorDraft(db.prisma, EDITOR, fields, { "x_supporters.0.photo": await pngNamedJpg() }, uploads);
      expect(saved).toMatchObject({ result: { ok: true } });
      expect(await fs.readdir(path.join(uploads, "drafts"))).toHaveLength(1);
      expect(await discardEditorDraft(db.prisma, one({ kind: "service", recordId: String(s.id), draftVersion: "1" }), uploads)).toMatchObject({ result: true });
      expect(await fs.readdir(path.join(uploads, "drafts"))).toEqual([]);
    });
  });
});
