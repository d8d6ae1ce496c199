import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { problemReport } from "@/lib/commands/catalogue-report";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";
import { YOUTH_ORGANIZATION, YOUTH_SERVICE } from "@/tests/staff/fixtures";

type Doc = { services: { id: string; x_backup_service_id?: string | null }[] };

/** The demo catalogue without one service (and without references to it). */
async function withoutService(id: string): Promise<Doc> {
  const doc = JSON.parse(await readFile(path.resolve("prisma/demo/catalogue.json"), "utf8")) as Doc;
  doc.services = doc.services.filter((service) => service.id !== id);
  for (const service of doc.services) if (service.x_backup_service_id === id) service.x_backup_service_id = null;
  return doc;
}

describe.each(testEngines)("catalogue:import --replace and contact requests (%s)", (engine) => {
  const db = demoDatabase(engine);

  it("refuses up front to delete a service that contact requests refer to, names it, suggests defunct, and changes nothing", async () => {
    await db.prisma.contactRequest.create({
      data: { origin: "resident", serviceId: YOUTH_SERVICE, organizationId: YOUTH_ORGANIZATION, consentText: "Ja", consentAt: new Date(), locale: "nl", idempotencyKey: `replace-${engine}` },
    });
    const revision = await db.prisma.catalogueState.findFirst();
    const services = await db.prisma.service.count();

    const result = await importCatalogue(db.prisma, await withoutService(YOUTH_SERVICE), { replace: true });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const [refusal] = result.problems;
    expect(refusal!.code).toBe("still_requested");
    expect(refusal!.message.nl).toContain("Ervaringsouders: hulp bij jeugdhulp en opvoeden");
    expect(refusal!.message.nl).toContain(YOUTH_SERVICE);
    expect(refusal!.message.nl).toMatch(/1 contactverzoek.*"defunct"/);
    expect(refusal!.message.en).toMatch(/1 contact request refers.*"defunct"/);
    expect(await db.prisma.service.count()).toBe(services);
    expect(await db.prisma.catalogueState.findFirst()).toEqual(revision);

    const report = problemReport(result.problems, "catalogus.json", "nl");
    expect(report).toContain("Er is niets veranderd in de database.");
    expect(report).not.toMatch(/\bat \w|Error|prisma/i);
  });

  it("still deletes a service that no contact request refers to", async () => {
    const other = (await withoutService(YOUTH_SERVICE)).services.at(-1)!.id;
    const result = await importCatalogue(db.prisma, await withoutService(other), { replace: true });
    expect(result.ok).toBe(true);
    expect(await db.prisma.service.findUnique({ where: { id: other } })).toBeNull();
  });
});
