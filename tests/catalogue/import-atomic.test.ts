import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { failingAt } from "./faulty-client";
import { sample } from "./fixtures";
import { snapshot } from "./snapshot";

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

describe.each(testEngines)("an import that fails half way on %s", (engine) => {
  let db: TestDatabase;
  let uploadsDir: string;
  beforeEach(async () => {
    db = await createTestDatabase(engine);
    uploadsDir = mkdtempSync(path.join(os.tmpdir(), "uploads-"));
  });
  afterEach(async () => {
    await db.close();
  });

  it("leaves an empty database empty when the very last write fails", async () => {
    const prisma = failingAt(db.prisma, "insert:SupporterLivedExperience");
    await expect(importCatalogue(prisma, sample(), { uploadsDir })).rejects.toThrow("simulated failure");
    expect(Object.values(await snapshot(db.prisma)).every((rows) => rows.length === 0)).toBe(true);
  });

  it("rolls back changes, creations and deletions together, photos included", async () => {
    await importCatalogue(db.prisma, sample(), { uploadsDir });
    const before = await snapshot(db.prisma);
    const document = sample();
    document.services[0].name.nl = "Andere naam";
    document.services.pop();
    const sourceDir = mkdtempSync(path.join(os.tmpdir(), "source-"));
    mkdirSync(path.join(sourceDir, "fotos"));
    writeFileSync(path.join(sourceDir, "fotos", "marieke.jpg"), JPEG);
    document.services[0].x_supporters[0].photo = "fotos/marieke.jpg";

    const prisma = failingAt(db.prisma, "service.deleteMany");
    await expect(importCatalogue(prisma, document, { uploadsDir, sourceDir, replace: true })).rejects.toThrow();
    expect(await snapshot(db.prisma)).toEqual(before);
    expect(readdirSync(path.join(uploadsDir, "supporters"))).toEqual([]);
  });
});
