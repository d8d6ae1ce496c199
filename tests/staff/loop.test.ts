import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { createContactRequest } from "@/lib/contact-requests/create";
import { getContactRequest } from "@/lib/contact-requests/inbox";
import { purgePersonalData } from "@/lib/contact-requests/retention";
import { timelineOf } from "@/lib/contact-requests/timeline";
import { answerContactRequest, assignSupporter, openContactRequest } from "@/lib/contact-requests/transitions";
import type { Actor } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { handoverValues, loadDemoCatalogue, makeActor, OTHER_ORGANIZATION, YOUTH_ORGANIZATION, YOUTH_SERVICE } from "./fixtures";

const options = { locale: "en", consentText: (service: string) => `I agree that ${service} calls me.` };
const DAY = 86_400_000;

async function handover(prisma: PrismaClient, actor: Actor, overrides: Record<string, unknown> = {}) {
  const made = await createContactRequest(prisma, { origin: "staff", actor }, handoverValues(overrides), options);
  if (!made.ok) throw new Error(JSON.stringify(made));
  return made.id;
}

const kinds = async (prisma: PrismaClient, id: string) => (await prisma.contactRequestEvent.findMany({ where: { requestId: id }, orderBy: { at: "asc" } })).map((e) => [e.kind, e.actorName, e.detail]);

describe.each(testEngines)("closing the loop (%s)", (engine) => {
  let db: TestDatabase;
  let staff: Actor, colleague: Actor, provider: Actor, otherProvider: Actor;
  let teamId: string;
  let otherService: string;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await loadDemoCatalogue(db.prisma);
    teamId = (await db.prisma.team.create({ data: { name: "Wijkteam Noord" } })).id;
    staff = { ...(await makeActor(db.prisma, "staff")), name: "Sanne", teamId };
    colleague = await makeActor(db.prisma, "staff");
    provider = { ...(await makeActor(db.prisma, "provider", YOUTH_ORGANIZATION)), name: "Koen" };
    otherProvider = await makeActor(db.prisma, "provider", OTHER_ORGANIZATION);
    otherService = (await db.prisma.service.findFirstOrThrow({ where: { status: "active", organizationId: { not: YOUTH_ORGANIZATION } }, select: { id: true } })).id;
  });
  afterAll(() => db?.close());

  it("stores what a provider needs to act, records the creation, and hands the follow-up to the maker's team", async () => {
    const invalid = await createContactRequest(db.prisma, { origin: "staff", actor: staff }, handoverValues({ urgent: "yes", urgencyReason: " " }), options);
    expect(invalid).toEqual({ ok: false, reason: "invalid", errors: { urgencyReason: "urgencyReason" } });
    const id = await handover(db.prisma, staff, {
      urgent: "yes",
      urgencyReason: "Huur wordt volgende week opgezegd.",
      language: "tr",
      interpreter: "yes",
      callMoments: ["morning", "evening"],
      safeToCall: "no",
      safeToMessage: "yes",
    });
    const stored = await db.prisma.contactRequest.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      urgent: true,
      urgencyReason: "Huur wordt volgende week opgezegd.",
      language: "tr",
      interpreter: true,
      callMoments: ["morning", "evening"],
      safeToCall: false,
      safeToMessage: true,
      handledByUserId: staff.id,
      teamId,
      locale: "en",
      // In the resident's language, the service's name too.
      consentText: "I agree that Parents with experience: help with youth support and parenting calls me.",
    });
    expect(await kinds(db.prisma, id)).toEqual([["created", "Sanne", null]]);
    // A resident cannot mark their own request urgent, nor connect one again.
    const resident = await createContactRequest(db.prisma, { origin: "resident", client: "203.0.113.9" }, handoverValues({ urgent: "yes", urgencyReason: "x", previousRequestId: id }), options);
    if (!resident.ok) throw new Error("not created");
    expect(await db.prisma.contactRequest.findUniqueOrThrow({ where: { id: resident.id } })).toMatchObject({ urgent: false, urgencyReason: null, previousRequestId: null });
    expect(await kinds(db.prisma, resident.id)).toEqual([["created", null, null]]);
  });

  it("is opened once, by the first provider of its organization who opens it, recorded with who", async () => {
    const id = await handover(db.prisma, staff);
    expect(await openContactRequest(db.prisma, staff, id)).toBe(false);
    expect(await openContactRequest(db.prisma, otherProvider, id)).toBe(false);
    expect(await openContactRequest(db.prisma, provider, id)).toBe(true);
    expect(await openContactRequest(db.prisma, provider, id)).toBe(false);
    const stored = await db.prisma.contactRequest.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "opened", version: 2 });
    expect(stored.openedAt).toBeInstanceOf(Date);
    expect(await kinds(db.prisma, id)).toEqual([["created", "Sanne", null], ["opened", "Koen", null]]);
    // Both sides read the same timeline.
    const seen = await getContactRequest(db.prisma, staff, id, "nl");
    expect((await timelineOf(db.prisma, seen!)).map((e) => e.kind)).toEqual(["created", "opened"]);
  });

  it("accepts, assigns a supporter of the service, notes the first contact and closes with an outcome, each a line in the timeline", async () => {
    const id = await handover(db.prisma, staff);
    await openContactRequest(db.prisma, provider, id);
    const supporter = await db.prisma.supporter.findFirstOrThrow({ where: { serviceId: YOUTH_SERVICE } });
    const foreign = await db.prisma.supporter.findFirstOrThrow({ where: { serviceId: { not: YOUTH_SERVICE } } });
    expect(await answerContactRequest(db.prisma, provider, { id, version: 2, to: "accept" })).toEqual({ ok: true });
    expect(await assignSupporter(db.prisma, provider, { id, version: 3, supporterId: foreign.id })).toEqual({ ok: false, errors: { supporterId: "supporter" } });
    expect(await assignSupporter(db.prisma, otherProvider, { id, version: 3, supporterId: supporter.id })).toEqual({ ok: false, errors: { form: "stale" } });
    expect(await assignSupporter(db.prisma, provider, { id, version: 3, supporterId: supporter.id })).toEqual({ ok: true });
    // The back button: the same answer with the old version changes nothing.
    expect(await assignSupporter(db.prisma, provider, { id, version: 3, supporterId: supporter.id })).toEqual({ ok: false, errors: { form: "stale" } });
    expect(await answerContactRequest(db.prisma, provider, { id, version: 4, to: "contacted" })).toEqual({ ok: true });
    expect(await answerContactRequest(db.prisma, provider, { id, version: 5, to: "close", outcome: "other" })).toEqual({ ok: false, errors: { outcomeText: "outcomeText" } });
    expect(await answerContactRequest(db.prisma, provider, { id, version: 5, to: "close", outcome: "maybe" })).toEqual({ ok: false, errors: { outcome: "outcome" } });
    expect(await answerContactRequest(db.prisma, provider, { id, version: 5, to: "close", outcome: "other", outcomeText: "Verhuisd naar Zeist." })).toEqual({ ok: true });
    expect(await answerContactRequest(db.prisma, provider, { id, version: 5, to: "close", outcome: "supported" })).toEqual({ ok: false, errors: { form: "stale" } });
    expect(await db.prisma.contactRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "closed", outcome: "other", outcomeText: "Verhuisd naar Zeist.", assignedSupporterId: supporter.id });
    // The timeline holds codes, never the provider's words.
    expect(await kinds(db.prisma, id)).toEqual([
      ["created", "Sanne", null],
      ["opened", "Koen", null],
      ["accepted", "Koen", null],
      ["assigned", "Koen", supporter.id],
      ["contacted", "Koen", null],
      ["closed", "Koen", "other"],
    ]);
    const seen = await getContactRequest(db.prisma, staff, id, "nl");
    expect(seen).toMatchObject({ assignedSupporterName: supporter.displayName, outcome: "other" });
    const timeline = await timelineOf(db.prisma, seen!);
    expect(timeline.find((e) => e.kind === "assigned")?.supporterName).toBe(supporter.displayName);
    expect(timeline.find((e) => e.kind === "closed")?.outcome).toBe("other");
  });

  it("closes an accepted request the provider could not reach, and a declined one", async () => {
    const reached = await handover(db.prisma, staff);
    await answerContactRequest(db.prisma, provider, { id: reached, version: 1, to: "accept" });
    expect(await answerContactRequest(db.prisma, provider, { id: reached, version: 2, to: "close", outcome: "unreachable" })).toEqual({ ok: true });
    const declined = await handover(db.prisma, staff);
    await answerContactRequest(db.prisma, provider, { id: declined, version: 1, to: "decline", declineCode: "no_capacity", reason: "Vol." });
    expect(await answerContactRequest(db.prisma, provider, { id: declined, version: 2, to: "close", outcome: "referred_elsewhere" })).toEqual({ ok: true });
    expect((await kinds(db.prisma, declined)).map(([kind]) => kind)).toEqual(["created", "declined", "closed"]);
  });

  it("connects a declined handover again, once, only by the staff member who follows it up, and links both", async () => {
    const first = await handover(db.prisma, staff);
    const notDeclined = await createContactRequest(db.prisma, { origin: "staff", actor: staff }, handoverValues({ serviceId: otherService, previousRequestId: first }), options);
    expect(notDeclined).toEqual({ ok: false, reason: "invalid", errors: { form: "reconnect" } });
    await answerContactRequest(db.prisma, provider, { id: first, version: 1, to: "decline", declineCode: "no_capacity", reason: "Geen plek." });
    const notTheirs = await createContactRequest(db.prisma, { origin: "staff", actor: colleague }, handoverValues({ serviceId: otherService, previousRequestId: first }), options);
    expect(notTheirs).toEqual({ ok: false, reason: "invalid", errors: { form: "reconnect" } });
    const values = handoverValues({ serviceId: otherService, previousRequestId: first });
    const [again, twice] = await Promise.all([
      createContactRequest(db.prisma, { origin: "staff", actor: staff }, values, options),
      createContactRequest(db.prisma, { origin: "staff", actor: staff }, values, options),
    ]);
    if (!again.ok || !twice.ok) throw new Error("not created");
    expect(twice.id).toBe(again.id);
    expect(await db.prisma.contactRequest.findUniqueOrThrow({ where: { id: again.id } })).toMatchObject({ previousRequestId: first, status: "new" });
    expect(await kinds(db.prisma, first)).toEqual([["created", "Sanne", null], ["declined", "Koen", "no_capacity"], ["reconnected", "Sanne", again.id]]);
    const third = await createContactRequest(db.prisma, { origin: "staff", actor: staff }, handoverValues({ serviceId: otherService, previousRequestId: first }), options);
    expect(third).toEqual({ ok: false, reason: "invalid", errors: { form: "reconnect" } });
    // Two forms for the same declined request sent at once (two tabs, two keys): one new handover.
    const other = await handover(db.prisma, staff);
    await answerContactRequest(db.prisma, provider, { id: other, version: 1, to: "decline", declineCode: "no_capacity", reason: "Vol." });
    const tabs = await Promise.all([1, 2].map(() => createContactRequest(db.prisma, { origin: "staff", actor: staff }, handoverValues({ serviceId: otherService, previousRequestId: other }), options)));
    expect(tabs.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.prisma.contactRequest.count({ where: { previousRequestId: other } })).toBe(1);
    expect(await getContactRequest(db.prisma, staff, first, "nl")).toMatchObject({ nextRequestId: again.id });
    expect(await getContactRequest(db.prisma, staff, again.id, "nl")).toMatchObject({ previousRequestId: first });
  });

  it("erases the outcome text and the urgency reason with the rest of the person's data", async () => {
    const id = await handover(db.prisma, staff, { urgent: "yes", urgencyReason: "Dakloos vanaf maandag." });
    await answerContactRequest(db.prisma, provider, { id, version: 1, to: "accept" });
    await answerContactRequest(db.prisma, provider, { id, version: 2, to: "close", outcome: "other", outcomeText: "Mevrouw is verhuisd." });
    const now = new Date();
    await db.prisma.contactRequest.update({ where: { id }, data: { closedAt: new Date(now.getTime() - 91 * DAY) } });
    expect(await purgePersonalData(db.prisma, 90, now)).toBeGreaterThanOrEqual(1);
    const erased = await db.prisma.contactRequest.findUniqueOrThrow({ where: { id } });
    expect(erased).toMatchObject({ outcomeText: null, urgencyReason: null, residentName: null, outcome: "other" });
    expect(erased.erasedAt).toBeInstanceOf(Date);
    // The timeline stays for the figures: it never held the person's words.
    expect((await kinds(db.prisma, id)).flat().join(" ")).not.toMatch(/verhuisd|Dakloos/i);
  });
});
