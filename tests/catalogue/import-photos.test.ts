import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportCatalogue } from "@/lib/catalogue/interchange/export";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { MAX_PHOTO_BYTES, photoVersion } from "@/lib/catalogue/interchange/photos";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { sample, type Json } from "./fixtures";
import { rowCount } from "./snapshot";

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const PHOTO_PATH = "$.services[0].x_supporters[0].photo";

describe.each(testEngines)("supporter photos on %s", (engine) => {
  let db: TestDatabase;
  let sourceDir: string;
  let uploadsDir: string;
  let document: Json;
  let supporterId: string;

  beforeEach(async () => {
    db = await createTestDatabase(engine);
    sourceDir = mkdtempSync(path.join(os.tmpdir(), "catalogue-"));
    uploadsDir = mkdtempSync(path.join(os.tmpdir(), "uploads-"));
    mkdirSync(path.join(sourceDir, "fotos"));
    document = sample();
    supporterId = document.services[0].x_supporters[0].id;
    document.services[0].x_supporters[0].photo = "fotos/Marieke.PNG";
  });
  afterEach(async () => {
    await db.close();
  });

  const photoFile = () => path.join(sourceDir, "fotos", "Marieke.PNG");
  const run = () => importCatalogue(db.prisma, document, { sourceDir, uploadsDir });

  const stored = () => readdirSync(path.join(uploadsDir, "supporters"));

  it("copies the photo into the uploads under the supporter's id and the photo's version", async () => {
    writeFileSync(photoFile(), PNG);
    const result = await run();
    expect(result.ok && result.photosCopied).toBe(1);
    const name = `${supporterId}-${photoVersion(PNG)}.png`;
    expect(stored()).toEqual([name]);
    expect(readFileSync(path.join(uploadsDir, "supporters", name))).toEqual(PNG);
    const exported = await exportCatalogue(db.prisma);
    expect(exported.services[0]?.x_supporters?.[0]?.photo).toBe(`supporters/${name}`);
    // The same photo again: nothing to copy, nothing changed.
    const again = await run();
    expect(again.ok && [again.photosCopied, again.counts.supporters.updated]).toEqual([0, 0]);
  });

  it("another photo of the same type changes the supporter: a new name, a line in the history, the old file gone", async () => {
    writeFileSync(photoFile(), PNG);
    await run();
    const other = Buffer.concat([PNG.subarray(0, 8), Buffer.alloc(64, 2)]);
    writeFileSync(photoFile(), other);
    const result = await run();
    expect(result.ok && [result.photosCopied, result.counts.supporters.updated]).toEqual([1, 1]);
    expect(stored()).toEqual([`${supporterId}-${photoVersion(other)}.png`]);
    // The service's history names the photo that changed.
    const lines = await db.prisma.catalogueChange.findMany({ where: { recordId: document.services[0].id }, orderBy: { version: "asc" } });
    expect(lines.map((line) => line.version)).toEqual([1, 2]);
    expect(JSON.stringify(lines[1]!.fields)).toContain(photoVersion(other));
  });

  it("a file exported with its photos imports into another portal unchanged, and again without changes", async () => {
    writeFileSync(photoFile(), PNG);
    await run();
    const exported = await exportCatalogue(db.prisma);
    const copyDir = mkdtempSync(path.join(os.tmpdir(), "exported-"));
    mkdirSync(path.join(copyDir, "supporters"));
    writeFileSync(path.join(copyDir, "supporters", `${supporterId}-${photoVersion(PNG)}.png`), PNG);
    const elsewhere = await createTestDatabase(engine);
    const otherUploads = mkdtempSync(path.join(os.tmpdir(), "uploads-"));
    try {
      const first = await importCatalogue(elsewhere.prisma, exported, { sourceDir: copyDir, uploadsDir: otherUploads });
      expect(first.ok && first.photosCopied).toBe(1);
      expect(readdirSync(path.join(otherUploads, "supporters"))).toEqual(stored());
      const again = await importCatalogue(elsewhere.prisma, exported, { sourceDir: copyDir, uploadsDir: otherUploads });
      expect(again.ok && [again.photosCopied, again.counts.supporters.updated]).toEqual([0, 0]);
    } finally {
      await elsewhere.close();
    }
  });

  it.each([
    ["missing", () => {}, "photo_missing"],
    ["too large", (file: string) => writeFileSync(file, Buffer.concat([PNG, Buffer.alloc(MAX_PHOTO_BYTES)])), "photo_too_large"],
    ["not an image", (file: string) => writeFileSync(file, "<html>not a photo</html>"), "photo_not_image"],
    ["a link to a file outside the folder", (file: string) => {
      const outside = path.join(mkdtempSync(path.join(os.tmpdir(), "elsewhere-")), "secret.png");
      writeFileSync(outside, PNG);
      symlinkSync(outside, file);
    }, "photo_missing"],
  ])("imports nothing when the photo is %s", async (_, prepare, code) => {
    prepare(photoFile());
    const result = await run();
    expect(result.ok || result.problems).toEqual([expect.objectContaining({ path: PHOTO_PATH, code })]);
    expect(await rowCount(db.prisma)).toBe(0);
    expect(existsSync(path.join(uploadsDir, "supporters")) ? readdirSync(path.join(uploadsDir, "supporters")) : []).toEqual([]);
  });

  it("removes the photo of a supporter the catalogue no longer has", async () => {
    writeFileSync(photoFile(), PNG);
    await run();
    document.services[0].x_supporters.shift();
    await run();
    expect(readdirSync(path.join(uploadsDir, "supporters"))).toEqual([]);
  });
});
