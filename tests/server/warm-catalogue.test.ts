import { describe, expect, it } from "vitest";
import { catalogueFreshness } from "@/lib/catalogue/freshness";
import { catalogueSnapshot } from "@/lib/catalogue/queries";
import { getCatalogueRevision } from "@/lib/catalogue/revision";
import { warmCatalogue } from "@/lib/server/warm-catalogue";
import { demoDatabase } from "@/tests/helpers/demo-database";

/** The serving process loads the catalogue at start through the read layer: no request, and pages find it in memory. */
describe("loading the catalogue at start", () => {
  const db = demoDatabase("pglite");

  it("puts the snapshot in memory that pages then read, without a request", async () => {
    let loads = 0;
    await warmCatalogue({ load: async () => void (loads++, await catalogueSnapshot(db.prisma)) });
    expect(loads).toBe(1);
    expect(catalogueFreshness().loadedRevision).toBe(await getCatalogueRevision(db.prisma));
    const first = await catalogueSnapshot(db.prisma);
    expect(await catalogueSnapshot(db.prisma)).toBe(first);
  });

  it("tries again while the database cannot be read", async () => {
    let attempts = 0;
    await warmCatalogue({
      retryMs: 10,
      load: async () => {
        attempts++;
        if (attempts < 3) throw new Error("database not there yet");
      },
    });
    expect(attempts).toBe(3);
  });
});
