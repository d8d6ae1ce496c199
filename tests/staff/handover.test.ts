import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { createContactRequest } from "@/lib/contact-requests/create";
import { getContactRequest, listHandovers, listInbox } from "@/lib/contact-requests/inbox";
import { answerContactRequest as transitionRequest } from "@/lib/contact-requests/transitions";
import type { Actor } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { handoverValues, loadDemoCatalogue, makeActor, OTHER_ORGANIZATION, serviceWithStatus, YOUTH_ORGANIZATION, YOUTH_SERVICE } from "./fixtures";

const options = { locale: "nl", consentText: (service: string) => `Ik vind het goed dat ${service} mij belt.` };
const createHandover = (prisma: PrismaClient, actor: Actor, values: unknown, opts = options) => createContactRequest(prisma, { origin: "staff", actor }, values, opts);

describe.each(testEngines)("the warm handover (%s)", (engine) => {
  let db: TestDatabase;
  let staff: Actor, otherStaff: Actor, provider: Actor, otherProvider: Actor, admin: Actor;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await loadDemoCatalogue(db.prisma);
    staff = await makeActor(db.prisma, "staff");
    otherStaff = await makeActor(db.prisma, "staff");
    provider = await makeActor(db.prisma, "provider", YOUTH_ORGANIZATION);
    otherProvider = await makeActor(db.prisma, "provider", OTHER_ORGANIZATION);
    admin = await makeActor(db.prisma, "admin");
  });
  afterAll(() => db?.close());

  it("requires consent, a question and a way to reach the resident, field by field", async () => {
    const result = await createHandover(db.prisma, staff, handoverValues({ consent: undefined, question: " ", residentPhone: "", residentName: "" }), options);
    expect(result).toEqual({ ok: false, reason: "invalid", errors: { consent: "consent", question: "question", residentName: "residentName", residentPhone: "phoneNeeded" } });
    const email = await createHandover(db.prisma, staff, handoverValues({ preferredContact: "email", residentEmail: "" }), options);
    expect(email).toMatchObject({ ok: false, errors: { residentEmail: "emailNeeded" } });
    const how = await createHandover(db.prisma, staff, handoverValues({ preferredContact: undefined }), options);
    expect(how).toMatchObject({ ok: false, errors: { preferredContact: "preferredContact" } });
    expect(await db.prisma.contactRequest.count()).toBe(0);
  });

  it("stores the consent as shown, once, even when submitted twice", async () => {
    const values = handoverValues();
    const [first, second] = await Promise.all([createHandover(db.prisma, staff, values, options), createHandover(db.prisma, staff, values, options)]);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.id).toBe(first.id);
    expect(await db.prisma.contactRequest.count({ where: { idempotencyKey: values.idempotencyKey } })).toBe(1);
    const stored = await db.prisma.contactRequest.findUniqueOrThrow({ where: { id: first.id } });
    expect(stored).toMatchObject({ origin: "staff", status: "new", organizationId: YOUTH_ORGANIZATION, createdByUserId: staff.id });
    expect(stored.consentText).toBe("Ik vind het goed dat Ervaringsouders: hulp bij jeugdhulp en opvoeden mij belt.");
  });

  it("refuses a service that is not active, saying why, and a supporter of another service", async () => {
    for (const status of ["inactive", "defunct", "temporarily_closed"] as const) {
      const serviceId = await serviceWithStatus(db.prisma, status);
      expect(await createHandover(db.prisma, staff, handoverValues({ serviceId }), options)).toEqual({ ok: false, reason: "unavailable", because: status });
    }
    const missing = handoverValues({ serviceId: "00000000-0000-4000-8000-000000000000" });
    expect(await createHandover(db.prisma, staff, missing, options)).toEqual({ ok: false, reason: "unavailable", because: "missing" });
    const foreign = await db.prisma.supporter.findFirstOrThrow({ where: { serviceId: { not: YOUTH_SERVICE } } });
    expect(await createHandover(db.prisma, staff, handoverValues({ supporterId: foreign.id }), options)).toMatchObject({ ok: false, errors: { supporterId: "supporter" } });
  });

  it("shows a resident's data only to its staff member and the receiving provider (not admins: least privilege), and audits each view", async () => {
    const made = await createHandover(db.prisma, staff, handoverValues(), options);
    if (!made.ok) throw new Error("not created");
    expect(await getContactRequest(db.prisma, staff, made.id, "nl")).toMatchObject({
      serviceName: { text: "Ervaringsouders: hulp bij jeugdhulp en opvoeden", lang: "nl" },
      organizationName: expect.any(String),
      residentName: "Fatma Yılmaz",
      createdByName: "Test staff",
    });
    expect(await getContactRequest(db.prisma, provider, made.id, "en")).toMatchObject({ serviceName: { lang: "en" } });
    expect(await getContactRequest(db.prisma, admin, made.id, "nl")).toBeNull();
    expect(await getContactRequest(db.prisma, otherStaff, made.id, "nl")).toBeNull();
    expect(await getContactRequest(db.prisma, otherProvider, made.id, "nl")).toBeNull();
    expect((await listInbox(db.prisma, otherProvider, "nl")).map((r) => r.id)).not.toContain(made.id);
    expect((await listHandovers(db.prisma, otherStaff, "nl")).rows.map((r) => r.id)).not.toContain(made.id);
    expect((await listInbox(db.prisma, provider, "nl")).map((r) => r.id)).toContain(made.id);
    const views = await db.prisma.auditEvent.findMany({ where: { subjectId: made.id, action: "view" } });
    expect(new Set(views.map((v) => v.actorUserId))).toEqual(new Set([staff.id, provider.id]));
  });

  it("moves new → accepted → contacted → closed with an outcome, only for the receiving provider, guarded by version", async () => {
    const made = await createHandover(db.prisma, staff, handoverValues(), options);
    if (!made.ok) throw new Error("not created");
    expect(await transitionRequest(db.prisma, otherProvider, { id: made.id, version: 1, to: "accept" })).toEqual({ ok: false, errors: { form: "stale" } });
    expect(await transitionRequest(db.prisma, provider, { id: made.id, version: 1, to: "contacted" })).toEqual({ ok: false, errors: { form: "stale" } });
    expect(await transitionRequest(db.prisma, provider, { id: made.id, version: 1, to: "accept" })).toEqual({ ok: true });
    expect(await transitionRequest(db.prisma, provider, { id: made.id, version: 1, to: "decline", declineCode: "no_capacity", reason: "vol" })).toEqual({ ok: false, errors: { form: "stale" } });
    expect(await transitionRequest(db.prisma, provider, { id: made.id, version: 2, to: "contacted" })).toEqual({ ok: true });
    expect(await transitionRequest(db.prisma, provider, { id: made.id, version: 3, to: "close" })).toEqual({ ok: false, errors: { outcome: "outcome" } });
    expect(await transitionRequest(db.prisma, provider, { id: made.id, version: 3, to: "close", outcome: "supported" })).toEqual({ ok: true });
    const stored = await db.prisma.contactRequest.findUniqueOrThrow({ where: { id: made.id } });
    expect(stored.status).toBe("closed");
    expect(stored.acceptedAt && stored.contactedAt && stored.closedAt).toBeTruthy();
  });

  it("needs a kind of reason and the reason in words to decline", async () => {
    const made = await createHandover(db.prisma, staff, handoverValues(), options);
    if (!made.ok) throw new Error("not created");
    expect(await transitionRequest(db.prisma, provider, { id: made.id, version: 1, to: "decline", reason: " " })).toEqual({ ok: false, errors: { declineCode: "declineCode", reason: "reason" } });
    expect(await transitionRequest(db.prisma, provider, { id: made.id, version: 1, to: "decline", declineCode: "geen-zin", reason: "Vol." })).toEqual({ ok: false, errors: { declineCode: "declineCode" } });
    expect(await transitionRequest(db.prisma, provider, { id: "x", version: 1, to: "accept" })).toEqual({ ok: false, errors: { form: "form" } });
    expect(await transitionRequest(db.prisma, provider, { id: made.id, version: 1, to: "decline", declineCode: "no_capacity", reason: "Geen plek tot maart." })).toEqual({ ok: true });
    expect(await db.prisma.contactRequest.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({ declineReason: "Geen plek tot maart.", declineCode: "no_capacity" });
    // The timeline keeps the kind, never the words.
    expect(await db.prisma.contactRequestEvent.findFirst({ where: { requestId: made.id, kind: "declined" } })).toMatchObject({ detail: "no_capacity" });
  });
});
