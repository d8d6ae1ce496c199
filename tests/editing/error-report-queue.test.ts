import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { eraseOldReports } from "@/lib/error-reports/erase-old-reports";
import { handleErrorReport, listErrorReports, openReportsSummary } from "@/lib/error-reports/review";
import { purgeEverything } from "@/lib/retention/hourly-purge";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { sample } from "@/tests/catalogue/fixtures";

const DAY = 86_400_000;

describe.each(testEngines)("the error report queue on %s", (engine) => {
  let db: TestDatabase;
  let editorId: string;
  let serviceId: string;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await importCatalogue(db.prisma, sample());
    serviceId = sample().services[0].id;
    editorId = (await db.prisma.user.create({ data: { email: "eva@gemeente.nl", name: "Eva", role: "editor" } })).id;
  });
  afterAll(async () => {
    await db.close();
  });

  const report = (data: { message?: string; contactEmail?: string; createdAt?: Date; status?: "open" | "handled" } = {}) =>
    db.prisma.errorReport.create({ data: { serviceId, message: data.message ?? "Het telefoonnummer klopt niet.", contactEmail: data.contactEmail, locale: "nl", createdAt: data.createdAt, status: data.status } });

  it("resolves a report with what was done, once; the words are required", async () => {
    const open = await report({ contactEmail: "jan@example.nl" });
    expect(await handleErrorReport(db.prisma, editorId, { id: open.id, outcome: "resolved", resolution: "   " })).toEqual({ ok: false, reason: "invalid", errors: { resolution: "resolutionRequired" } });
    expect(await handleErrorReport(db.prisma, editorId, { id: open.id, outcome: "weg", resolution: "x".repeat(2001) })).toEqual({ ok: false, reason: "invalid", errors: { outcome: "outcome", resolution: "resolutionTooLong" } });
    expect(await db.prisma.errorReport.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ status: "open", resolution: null, handledAt: null });

    expect(await handleErrorReport(db.prisma, editorId, { id: open.id.toUpperCase(), outcome: "resolved", resolution: " Nummer aangepast. " })).toEqual({ ok: true, outcome: "resolved" });
    expect(await db.prisma.errorReport.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ status: "resolved", resolution: "Nummer aangepast.", handledByUserId: editorId });
    expect(await db.prisma.auditEvent.count({ where: { action: "error-report.resolved", subjectId: open.id, actorUserId: editorId } })).toBe(1);
    // A second post of the same form changes nothing.
    expect(await handleErrorReport(db.prisma, editorId, { id: open.id, outcome: "dismissed", resolution: "Toch niet" })).toEqual({ ok: false, reason: "gone" });
    expect(await handleErrorReport(db.prisma, editorId, { id: "geen-id", outcome: "dismissed", resolution: "Toch niet" })).toEqual({ ok: false, reason: "gone" });
  });

  it("dismisses a report with why, and lists open and done apart (an old 'handled' one as resolved)", async () => {
    const open = await report({ message: "De openingstijden zijn anders." });
    const old = await report({ message: "Oude melding van vroeger.", status: "handled" });
    expect(await handleErrorReport(db.prisma, editorId, { id: open.id, outcome: "dismissed", resolution: "Klopt wel: gebeld met de aanbieder." })).toEqual({ ok: true, outcome: "dismissed" });
    const waiting = await report({ message: "Nog een melding, nog open." });

    const openList = await listErrorReports(db.prisma, editorId, "nl", { filter: "open" });
    expect(openList.reports.map((r) => r.id)).toEqual([waiting.id]);
    const done = await listErrorReports(db.prisma, editorId, "nl", { filter: "done" });
    expect(done.reports.find((r) => r.id === open.id)).toMatchObject({ status: "dismissed", resolution: "Klopt wel: gebeld met de aanbieder." });
    expect(done.reports.find((r) => r.id === old.id)).toMatchObject({ status: "resolved", resolution: null });
    expect(done.reports.at(0)!.handledAt).not.toBeNull();
    expect(await openReportsSummary(db.prisma, "nl")).toMatchObject({ total: 1, items: [{ id: waiting.id, serviceId }] });
  });

  it("erases a report with its resolution after the retention days, with contact requests' purge", async () => {
    const now = new Date();
    const old = await report({ contactEmail: "oud@example.nl", message: "Mijn buurvrouw Jannie zegt dat het nummer niet klopt.", createdAt: new Date(now.getTime() - 91 * DAY) });
    await handleErrorReport(db.prisma, editorId, { id: old.id, outcome: "resolved", resolution: "Jannie teruggebeld, nummer aangepast." });
    const recent = await report({ contactEmail: "nieuw@example.nl", createdAt: new Date(now.getTime() - 10 * DAY) });
    await handleErrorReport(db.prisma, editorId, { id: recent.id, outcome: "resolved", resolution: "Aangepast." });

    const counts = await purgeEverything(db.prisma, 90, now);
    expect(counts?.errorReports).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.errorReport.findUnique({ where: { id: old.id } })).toBeNull();
    const words = await db.prisma.$queryRaw<{ n: bigint }[]>`select count(*) as n from "ErrorReport" where "resolution" like '%Jannie%' or "message" like '%Jannie%' or "contactEmail" = 'oud@example.nl'`;
    expect(Number(words[0]!.n)).toBe(0);
    expect(await db.prisma.errorReport.findUniqueOrThrow({ where: { id: recent.id } })).toMatchObject({ contactEmail: "nieuw@example.nl", resolution: "Aangepast." });
    expect(await eraseOldReports(db.prisma, 90, now)).toBe(0);
  });
});
