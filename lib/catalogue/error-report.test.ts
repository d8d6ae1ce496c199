import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { submitErrorReport } from "./error-report";

const SERVICE = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";
const context = { client: "203.0.113.9", locale: "nl" };

describe.each(testEngines)("submitErrorReport on %s", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await importCatalogue(db.prisma, JSON.parse(readFileSync("prisma/demo/catalogue.json", "utf8")), { uploadsDir: "/nonexistent" });
  });
  afterAll(async () => {
    await db.close();
  });

  it("stores a valid report", async () => {
    const state = await submitErrorReport(db.prisma, { serviceId: SERVICE, message: "Het telefoonnummer klopt niet.", email: "a@example.nl" }, context);
    expect(state).toEqual({ status: "sent" });
    const stored = await db.prisma.errorReport.findMany({ where: { serviceId: SERVICE } });
    expect(stored).toMatchObject([{ message: "Het telefoonnummer klopt niet.", contactEmail: "a@example.nl", locale: "nl", status: "open" }]);
  });

  it("returns field errors and the typed values, and stores nothing", async () => {
    const state = await submitErrorReport(db.prisma, { serviceId: SERVICE, message: "kort", email: "geen-adres" }, { ...context, client: "b" });
    expect(state).toEqual({
      status: "invalid",
      errors: { message: "messageTooShort", email: "emailInvalid" },
      values: { message: "kort", email: "geen-adres" },
    });
    expect(await db.prisma.errorReport.count()).toBe(1);
  });

  it("ignores a filled honeypot", async () => {
    const state = await submitErrorReport(db.prisma, { serviceId: SERVICE, message: "Koop nu goedkope dingen!", website: "spam" }, { ...context, client: "c" });
    expect(state.status).toBe("sent");
    expect(await db.prisma.errorReport.count()).toBe(1);
  });

  it("refuses a service residents cannot see", async () => {
    const inactive = await db.prisma.service.findFirst({ where: { status: "inactive" }, select: { id: true } });
    const state = await submitErrorReport(db.prisma, { serviceId: inactive!.id, message: "Dit is een melding." }, { ...context, client: "d" });
    expect(state.status).toBe("failed");
  });

  it("limits reports per client", async () => {
    const send = () => submitErrorReport(db.prisma, { serviceId: SERVICE, message: "Nog een melding over de tijden." }, { ...context, client: "e" });
    const states = [];
    for (let i = 0; i < 6; i++) states.push((await send()).status);
    expect(states).toEqual(["sent", "sent", "sent", "sent", "sent", "limited"]);
  });
});
