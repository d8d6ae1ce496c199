import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { createContactRequest, type Sender } from "./create";

const demo = JSON.parse(readFileSync("prisma/demo/catalogue.json", "utf8"));
const PARENTS = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";
const resident = (client: string): Sender => ({ origin: "resident", client });
const options = (consent: string, locale = "nl") => ({ locale, consentText: () => consent });

describe.each(testEngines)("a resident's own contact request (%s)", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    expect((await importCatalogue(db.prisma, demo, { uploadsDir: "/nonexistent/uploads" })).ok).toBe(true);
  });
  afterAll(async () => {
    await db.close();
  });

  it("stores a request once, with consent, for the service's organization", async () => {
    const key = "6f1c2b7e-8d4a-4f3b-9c1d-2e5f6a7b8c9d";
    const input = { serviceId: PARENTS, residentName: "Fatma", residentPhone: "06 12345678", residentEmail: "", question: "Ik wil hulp bij school.", consent: "yes", idempotencyKey: key };
    const first = await createContactRequest(db.prisma, resident("203.0.113.7"), input, options("Ik geef toestemming."));
    const second = await createContactRequest(db.prisma, resident("203.0.113.7"), input, options("Ik geef toestemming."));
    expect(first.ok && second.ok && second.duplicate && first.id === second.id).toBe(true);
    const rows = await db.prisma.contactRequest.findMany({ where: { idempotencyKey: key } });
    expect(rows).toHaveLength(1);
    const service = await db.prisma.service.findUniqueOrThrow({ where: { id: PARENTS } });
    expect(rows[0]).toMatchObject({
      origin: "resident",
      status: "new",
      organizationId: service.organizationId,
      createdByUserId: null,
      residentName: "Fatma",
      residentEmail: null,
      preferredContact: "phone",
      consentText: "Ik geef toestemming.",
      locale: "nl",
    });
    expect(await db.prisma.auditEvent.count({ where: { subjectId: rows[0]!.id, action: "contact-request.create" } })).toBe(1);
  });

  it("refuses a request without consent or a way to reach the resident, and stores nothing", async () => {
    const before = await db.prisma.contactRequest.count();
    const input = { serviceId: PARENTS, residentName: "", residentPhone: "", residentEmail: "", question: "", consent: "", idempotencyKey: "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e" };
    const result = await createContactRequest(db.prisma, resident("203.0.113.8"), input, options("x", "en"));
    expect(result).toEqual({ ok: false, reason: "invalid", errors: { residentName: "residentName", question: "question", consent: "consent", residentPhone: "reach" } });
    expect(await db.prisma.contactRequest.count()).toBe(before);
  });

  it("leaves out a supporter of another service instead of refusing the resident", async () => {
    const foreign = await db.prisma.supporter.findFirstOrThrow({ where: { serviceId: { not: PARENTS } } });
    const input = { serviceId: PARENTS, supporterId: foreign.id, residentName: "B", residentEmail: "b@example.nl", question: "Vraag", consent: "yes", idempotencyKey: crypto.randomUUID() };
    const result = await createContactRequest(db.prisma, resident("203.0.113.10"), input, options("x"));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect((await db.prisma.contactRequest.findUniqueOrThrow({ where: { id: result.id } })).supporterId).toBeNull();
  });

  it("refuses services that are not open and limits requests per address", async () => {
    const closed = demo.services.find((service: { status: string }) => service.status === "temporarily closed").id;
    const base = { residentName: "A", residentPhone: "", residentEmail: "a@example.nl", question: "Vraag", consent: "yes" };
    const sender = resident("203.0.113.9");
    const refused = await createContactRequest(db.prisma, sender, { ...base, serviceId: closed, idempotencyKey: "1b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e" }, options("x"));
    expect(refused).toEqual({ ok: false, reason: "unavailable", because: "temporarily_closed" });
    const outcomes = [];
    for (let i = 0; i < 6; i += 1) {
      const result = await createContactRequest(db.prisma, sender, { ...base, serviceId: PARENTS, idempotencyKey: `2b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4${i}` }, options("x"));
      outcomes.push(result.ok ? "ok" : result.reason);
    }
    expect(outcomes).toEqual(["ok", "ok", "ok", "ok", "ok", "limited"]);
    expect(await createContactRequest(db.prisma, sender, { ...base, serviceId: PARENTS, idempotencyKey: crypto.randomUUID() }, options("x"))).toEqual({ ok: false, reason: "limited", scope: "address" });
  });

  it("stores what helps the provider act, and the shared vraagwijzer answers as text", async () => {
    const input = {
      serviceId: PARENTS, residentName: "Hatice", residentPhone: "06 87654321", question: "Hulp bij school.", consent: "yes", idempotencyKey: crypto.randomUUID(),
      language: "tr", interpreter: "yes", callMoments: ["morning", "evening"], safeToCall: "yes", safeToMessage: "no", sharedAnswers: "Voor wie: mijzelf",
    };
    const result = await createContactRequest(db.prisma, resident("203.0.113.11"), input, options("x"));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await db.prisma.contactRequest.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      language: "tr", interpreter: true, callMoments: ["morning", "evening"], safeToCall: true, safeToMessage: false, sharedAnswers: "Voor wie: mijzelf",
    });
  });

  it("limits residents' requests per service too, from every address together, storing nothing beyond it", async () => {
    const service = "73eff5f9-5e74-5b70-9dd3-323feb9fa939";
    const perService = { max: 2, windowSeconds: 3600 };
    const base = { serviceId: service, residentName: "C", residentEmail: "c@example.nl", question: "Vraag", consent: "yes" };
    const outcomes = [];
    for (let i = 0; i < 3; i += 1) {
      const result = await createContactRequest(db.prisma, resident(`198.51.100.${i + 1}`), { ...base, idempotencyKey: crypto.randomUUID() }, { ...options("x"), perService });
      outcomes.push(result.ok ? "ok" : result.reason === "limited" ? `limited:${result.scope}` : result.reason);
    }
    expect(outcomes).toEqual(["ok", "ok", "limited:service"]);
    expect(await db.prisma.contactRequest.count({ where: { serviceId: service } })).toBe(2);
    // Another service is not affected.
    const other = await createContactRequest(db.prisma, resident("198.51.100.9"), { ...base, serviceId: "5d839924-859b-5a54-8cd6-0843156c0e37", idempotencyKey: crypto.randomUUID() }, { ...options("x"), perService });
    expect(other.ok).toBe(true);
  });
});
