import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { createResidentContactRequest } from "@/lib/contact/resident";
import { notifyByMail } from "@/lib/mail/contact-request";
import { recordChoice, recordUsage } from "@/lib/usage/record";
import { smtpSink } from "@/tests/helpers/smtp-sink";
import { usageReport } from "@/lib/usage/report";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";

const demo = JSON.parse(readFileSync("prisma/demo/catalogue.json", "utf8"));
const PARENTS = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";

describe.each(testEngines)("contact requests, choices and use figures on the demo catalogue (%s)", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const result = await importCatalogue(db.prisma, demo, { uploadsDir: "/nonexistent/uploads" });
    expect(result.ok).toBe(true);
  });
  afterAll(async () => {
    await db.close();
  });

  it("stores a resident contact request once, with consent, for the service's organisation", async () => {
    const key = "6f1c2b7e-8d4a-4f3b-9c1d-2e5f6a7b8c9d";
    const input = { serviceId: PARENTS, name: "Fatma", phone: "06 12345678", email: "", message: "Ik wil hulp bij school.", consent: "yes", idempotencyKey: key };
    const context = { ip: "203.0.113.7", locale: "nl", consentText: "Ik geef toestemming." };
    const first = await createResidentContactRequest(db.prisma, input, context);
    const second = await createResidentContactRequest(db.prisma, input, context);
    expect(first.ok && second.ok && second.duplicate && first.id === second.id).toBe(true);
    const rows = await db.prisma.contactRequest.findMany({ where: { idempotencyKey: key } });
    expect(rows).toHaveLength(1);
    const service = await db.prisma.service.findUniqueOrThrow({ where: { id: PARENTS } });
    expect(rows[0]).toMatchObject({
      origin: "resident",
      status: "new",
      organizationId: service.organizationId,
      residentName: "Fatma",
      residentEmail: null,
      preferredContact: "phone",
      consentText: "Ik geef toestemming.",
      locale: "nl",
    });
  });

  it("refuses a request without consent or a way to reach the resident, and stores nothing", async () => {
    const before = await db.prisma.contactRequest.count();
    const result = await createResidentContactRequest(
      db.prisma,
      { serviceId: PARENTS, name: "", phone: "", email: "", message: "", consent: "", idempotencyKey: "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e" },
      { ip: "203.0.113.8", locale: "en", consentText: "x" },
    );
    expect(result).toEqual({ ok: false, reason: "invalid", fields: { name: "name", message: "message", consent: "consent", phone: "reach" } });
    expect(await db.prisma.contactRequest.count()).toBe(before);
  });

  it("refuses inactive services and limits requests per address", async () => {
    const closed = demo.services.find((service: { status: string }) => service.status === "temporarily closed").id;
    const base = { name: "A", phone: "", email: "a@example.nl", message: "Vraag", consent: "yes" };
    const context = { ip: "203.0.113.9", locale: "nl", consentText: "x" };
    expect(await createResidentContactRequest(db.prisma, { ...base, serviceId: closed, idempotencyKey: "1b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e" }, context)).toEqual({ ok: false, reason: "unknown-service" });
    const outcomes = [];
    for (let i = 0; i < 6; i += 1) {
      const result = await createResidentContactRequest(db.prisma, { ...base, serviceId: PARENTS, idempotencyKey: `2b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4${i}` }, context);
      outcomes.push(result.ok ? "ok" : result.reason);
    }
    expect(outcomes).toEqual(["ok", "ok", "ok", "ok", "ok", "rate-limited"]);
  });

  it("counts a choice by the service's kind, only where the service works", async () => {
    const day = new Date("2026-10-05T10:00:00Z");
    expect(await recordChoice(db.prisma, PARENTS, "GM0344", day)).toBe(true);
    expect(await recordChoice(db.prisma, PARENTS, "GM0321", day)).toBe(false);
    const report = await usageReport(db.prisma, { from: new Date("2026-10-05"), to: new Date("2026-10-05") });
    expect(report.municipalities.map((m) => [m.code, m.metrics["chosen-kind"]])).toEqual([["GM0344", [{ value: "experience-expert", count: 1 }]]]);
  });

  it("mails the service a notice without the resident's details, only when SMTP_URL is set", async () => {
    const request = await db.prisma.contactRequest.findFirstOrThrow({ where: { residentName: "Fatma" } });
    expect(await notifyByMail(db.prisma, request.id, null)).toBe(false);
    const sink = await smtpSink();
    try {
      expect(await notifyByMail(db.prisma, request.id, { url: `smtp://127.0.0.1:${sink.port}`, from: "portal@example.nl" })).toBe(true);
      expect(sink.commands).toContain("RCPT TO:<ouders.ervaringskracht@example.nl>");
      expect(sink.data()).toContain("Ervaringsouders: hulp bij jeugdhulp en opvoeden");
      expect(sink.data()).not.toMatch(/Fatma|12345678|school/);
    } finally {
      sink.close();
    }
  });

  it("counts use anonymously per day and municipality and reports it", async () => {
    const day = new Date("2026-11-20T10:00:00Z");
    await recordUsage(db.prisma, "GM0344", [{ metric: "domain", value: "housing" }, { metric: "suggestions", value: "thin" }], day);
    await recordUsage(db.prisma, "GM0344", [{ metric: "domain", value: "housing" }, { metric: "suggestions", value: "empty" }], day);
    await recordUsage(db.prisma, "GM0321", [{ metric: "chosen-kind", value: "formal" }], day);
    await recordUsage(db.prisma, "GM0344", [{ metric: "domain", value: "housing" }], new Date("2026-12-20T10:00:00Z"));
    const report = await usageReport(db.prisma, { from: new Date("2026-11-01"), to: new Date("2026-11-30") });
    expect(report.municipalities.map((m) => m.name)).toEqual(["Houten", "Utrecht"]);
    const utrecht = report.municipalities.find((m) => m.code === "GM0344");
    expect(utrecht?.metrics.domain).toEqual([{ value: "housing", count: 2 }]);
    expect(utrecht?.reached).toBe(2);
    const houtenOnly = await usageReport(db.prisma, { from: new Date("2026-11-01"), to: new Date("2026-11-30"), municipalityCode: "GM0321" });
    expect(houtenOnly.municipalities.map((m) => m.metrics["chosen-kind"])).toEqual([[{ value: "formal", count: 1 }]]);
  });
});
