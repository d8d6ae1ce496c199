import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { listErrorReports } from "./review";
import { submitErrorReport } from "./submit";

const SERVICE = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";
const context = { client: "203.0.113.9", locale: "nl" };

describe.each(testEngines)("error reports on %s", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await importCatalogue(db.prisma, JSON.parse(readFileSync("prisma/demo/catalogue.json", "utf8")), { uploadsDir: "/nonexistent" });
  });
  afterAll(async () => {
    await db.close();
  });

  it("stores a valid report", async () => {
    expect(await submitErrorReport(db.prisma, { serviceId: SERVICE, message: "Het telefoonnummer klopt niet.", email: "a@example.nl" }, context)).toEqual({ ok: true });
    const stored = await db.prisma.errorReport.findMany({ where: { serviceId: SERVICE } });
    expect(stored).toMatchObject([{ message: "Het telefoonnummer klopt niet.", contactEmail: "a@example.nl", locale: "nl", status: "open" }]);
  });

  it("returns a code per wrong field, and stores nothing", async () => {
    const result = await submitErrorReport(db.prisma, { serviceId: SERVICE, message: "kort", email: "geen-adres" }, { ...context, client: "b" });
    expect(result).toEqual({ ok: false, reason: "invalid", errors: { message: "messageTooShort", email: "emailInvalid" } });
    expect(await db.prisma.errorReport.count()).toBe(1);
  });

  it("ignores a filled honeypot", async () => {
    expect(await submitErrorReport(db.prisma, { serviceId: SERVICE, message: "Koop nu goedkope dingen!", website: "spam" }, { ...context, client: "c" })).toEqual({ ok: true });
    expect(await db.prisma.errorReport.count()).toBe(1);
  });

  it("refuses a service residents cannot see, and a broken service id", async () => {
    const inactive = await db.prisma.service.findFirst({ where: { status: "inactive" }, select: { id: true } });
    expect(await submitErrorReport(db.prisma, { serviceId: inactive!.id, message: "Dit is een melding." }, { ...context, client: "d" })).toEqual({ ok: false, reason: "unavailable" });
    expect(await submitErrorReport(db.prisma, { serviceId: "../x", message: "Dit is een melding." }, { ...context, client: "d" })).toEqual({ ok: false, reason: "unavailable" });
  });

  it("accepts a report on a temporarily closed service: residents still see it", async () => {
    const closed = await db.prisma.service.findFirstOrThrow({ where: { status: "temporarily_closed" }, select: { id: true } });
    expect(await submitErrorReport(db.prisma, { serviceId: closed.id, message: "Wanneer gaat dit weer open?" }, { ...context, client: "f" })).toEqual({ ok: true });
  });

  it("limits reports per client", async () => {
    const send = () => submitErrorReport(db.prisma, { serviceId: SERVICE, message: "Nog een melding over de tijden." }, { ...context, client: "e" });
    const outcomes = [];
    for (let i = 0; i < 6; i++) {
      const result = await send();
      outcomes.push(result.ok ? "sent" : result.reason);
    }
    expect(outcomes).toEqual(["sent", "sent", "sent", "sent", "sent", "limited"]);
  });

  it("lists reports with the service's name for editors, and audits reading an e-mail address", async () => {
    const editor = await db.prisma.user.create({ data: { email: "editor@example.nl", name: "Eva", role: "editor" } });
    const { reports } = await listErrorReports(db.prisma, editor.id, "en");
    const withEmail = reports.find((r) => r.contactEmail === "a@example.nl")!;
    expect(withEmail.serviceName).toEqual({ text: expect.stringMatching(/Parents/), lang: "en" });
    expect(await db.prisma.auditEvent.count({ where: { actorUserId: editor.id, action: "view", subjectId: withEmail.id } })).toBe(1);
  });
});
