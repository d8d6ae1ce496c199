import { describe, expect, it, vi } from "vitest";
import { createContactRequest } from "@/lib/contact-requests/create";
import { recordEvent } from "@/lib/contact-requests/events";
import { queueNotices } from "@/lib/contact-requests/notices";
import { remindOverdue } from "@/lib/contact-requests/reminders";
import { requestNumber } from "@/lib/contact-requests/request-number";
import { answerContactRequest } from "@/lib/contact-requests/transitions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";
import { handoverValues, makeActor, OTHER_ORGANIZATION, YOUTH_ORGANIZATION } from "./fixtures";

// Before any module reads the settings: mail is on, links point at the portal's public address.
vi.hoisted(() => {
  process.env.SMTP_URL = "smtp://127.0.0.1:2525";
  process.env.PUBLIC_ORIGIN = "https://hulp.gemeente.nl";
});

const SERVICE_INBOX = "ouders.ervaringskracht@example.nl";
const PERSONAL = /Fatma|Yılmaz|12345678|jeugdhulp en ik weet|fatma@/i;

const mailsAbout = (prisma: PrismaClient, id: string, kind?: string) =>
  prisma.mailOutbox.findMany({ where: { topic: kind ? `contact-request:${id}:${kind}` : { startsWith: `contact-request:${id}:` } }, orderBy: { to: "asc" } });

describe.each(testEngines)("notices of a request's steps (%s)", (engine) => {
  const db = demoDatabase(engine);

  async function people() {
    const maker = await makeActor(db.prisma, "staff");
    const colleague = await makeActor(db.prisma, "staff");
    const provider = await makeActor(db.prisma, "provider", YOUTH_ORGANIZATION);
    const optedIn = await makeActor(db.prisma, "provider", YOUTH_ORGANIZATION);
    const elsewhere = await makeActor(db.prisma, "provider", OTHER_ORGANIZATION);
    await db.prisma.user.updateMany({ where: { id: { in: [optedIn.id, elsewhere.id] } }, data: { mailNotices: true } });
    return { maker, colleague, provider, optedIn, elsewhere };
  }

  async function handover(maker: Awaited<ReturnType<typeof people>>["maker"], values = {}) {
    const made = await createContactRequest(db.prisma, { origin: "staff", actor: maker }, handoverValues({ residentEmail: "fatma@example.nl", ...values }), { locale: "nl", consentText: () => "Akkoord." });
    if (!made.ok) throw new Error(JSON.stringify(made));
    return made.id;
  }

  it("a new handover tells the organization's inbox and its opted-in providers: number, service and link, nothing of the resident", async () => {
    const { maker, optedIn, provider, elsewhere } = await people();
    const id = await handover(maker);
    const mails = await mailsAbout(db.prisma, id, "created");
    expect(mails.map((m) => m.to).sort()).toEqual([optedIn.email, SERVICE_INBOX].sort());
    expect(mails.map((m) => m.to)).not.toContain(provider.email);
    expect(mails.map((m) => m.to)).not.toContain(elsewhere.email);
    for (const mail of mails) {
      expect(mail.subject).toBe(`Nieuwe aanvraag ${requestNumber(id)} voor Ervaringsouders: hulp bij jeugdhulp en opvoeden`);
      expect(mail.text).toContain(`https://hulp.gemeente.nl/nl/werk/inbox/${id}`);
      expect(mail.text).toContain("Het wijkteam heeft een inwoner met u verbonden.");
      expect(`${mail.subject}\n${mail.text}`).not.toMatch(PERSONAL);
    }
  });

  it("a resident's own request tells the organization the same way", async () => {
    const made = await createContactRequest(db.prisma, { origin: "resident", client: "203.0.113.50" }, { ...handoverValues(), residentEmail: "fatma@example.nl" }, { locale: "nl", consentText: () => "Akkoord." });
    expect(made.ok).toBe(true);
    const mails = await mailsAbout(db.prisma, made.ok ? made.id : "", "created");
    expect(mails.map((m) => m.to)).toContain(SERVICE_INBOX);
    expect(mails[0]!.text).toContain("Een inwoner vraagt of u contact opneemt.");
    expect(mails.every((m) => !PERSONAL.test(`${m.subject}\n${m.text}`))).toBe(true);
  });

  it("a step that is rolled back queues no notice and no timeline line", async () => {
    const { maker, provider } = await people();
    const id = await handover(maker);
    const [mailsBefore, eventsBefore] = [await db.prisma.mailOutbox.count(), await db.prisma.contactRequestEvent.count({ where: { requestId: id } })];
    await expect(
      db.prisma.$transaction(async (tx) => {
        await recordEvent(tx, { requestId: id, kind: "accepted", actor: { id: provider.id, name: provider.name } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.prisma.mailOutbox.count()).toBe(mailsBefore);
    expect(await db.prisma.contactRequestEvent.count({ where: { requestId: id } })).toBe(eventsBefore);
  });

  it("the provider's steps tell the one who follows the handover up, never the provider; a reason and free text stay in the portal", async () => {
    const { maker, colleague, provider } = await people();
    const id = await handover(maker);
    const version = async () => (await db.prisma.contactRequest.findUniqueOrThrow({ where: { id } })).version;
    expect(await answerContactRequest(db.prisma, provider, { id, version: await version(), to: "accept" })).toEqual({ ok: true });
    const [accepted] = await mailsAbout(db.prisma, id, "accepted");
    expect(accepted!.to).toBe(maker.email);
    expect(accepted!.subject).toBe(`Aanvraag ${requestNumber(id)}: de aanbieder heeft de aanvraag geaccepteerd`);
    expect(accepted!.text).toContain(`https://hulp.gemeente.nl/nl/werk/overdrachten/${id}`);

    // A colleague follows it up now: the next steps go to them.
    await db.prisma.contactRequest.update({ where: { id }, data: { handledByUserId: colleague.id, outcome: "unreachable", outcomeText: "Fatma nam drie keer niet op" } });
    await db.prisma.$transaction((tx) => recordEvent(tx, { requestId: id, kind: "closed", actor: { id: provider.id, name: provider.name }, detail: "unreachable" }));
    const [closed] = await mailsAbout(db.prisma, id, "closed");
    expect(closed!.to).toBe(colleague.email);
    expect(closed!.text).toContain("Uitkomst: Niet bereikt, ook niet na drie keer proberen.");

    const declinedId = await handover(maker);
    await answerContactRequest(db.prisma, provider, { id: declinedId, version: 1, to: "decline", declineCode: "no_capacity", reason: "Fatma past niet bij onze doelgroep" });
    const [declined] = await mailsAbout(db.prisma, declinedId, "declined");
    expect(declined!.to).toBe(maker.email);
    expect(declined!.text).toContain('De aanbieder koos als reden: "Wij hebben nu geen plek". De uitleg van de aanbieder leest u in het portaal.');
    for (const mail of [accepted!, closed!, declined!]) expect(`${mail.subject}\n${mail.text}`).not.toMatch(/Fatma|doelgroep|nam drie keer niet op|12345678/);

    // A colleague taking it over tells the maker; nobody is told of their own step.
    await db.prisma.$transaction((tx) => recordEvent(tx, { requestId: id, kind: "taken_over", actor: { id: colleague.id, name: "Bram Kok" } }));
    const [takenOver] = await mailsAbout(db.prisma, id, "taken_over");
    expect(takenOver).toMatchObject({ to: maker.email });
    expect(takenOver!.text).toContain("Bram Kok heeft overdracht");
    await db.prisma.$transaction((tx) => recordEvent(tx, { requestId: id, kind: "contacted", actor: { id: colleague.id, name: "Bram Kok" } }));
    expect(await mailsAbout(db.prisma, id, "contacted")).toHaveLength(0);
  });

  it("a resident's own request tells nobody of the provider's steps, and without SMTP nothing is queued", async () => {
    const { maker, provider } = await people();
    const made = await createContactRequest(db.prisma, { origin: "resident", client: "203.0.113.51" }, handoverValues(), { locale: "nl", consentText: () => "Akkoord." });
    const residentId = made.ok ? made.id : "";
    await answerContactRequest(db.prisma, provider, { id: residentId, version: 1, to: "accept" });
    expect(await mailsAbout(db.prisma, residentId, "accepted")).toHaveLength(0);

    const id = await handover(maker);
    await db.prisma.$transaction((tx) => queueNotices(tx, { requestId: id, kind: "opened", actor: { id: provider.id, name: provider.name } }, { mail: false, origin: undefined }));
    expect(await mailsAbout(db.prisma, id, "opened")).toHaveLength(0);
    await db.prisma.$transaction((tx) => queueNotices(tx, { requestId: id, kind: "opened", actor: { id: provider.id, name: provider.name } }, { mail: true, origin: undefined }));
    expect((await mailsAbout(db.prisma, id, "opened"))[0]!.text).toContain(`/nl/werk/overdrachten/${id}`);
  });

  it("reminds once when a request waits past the working days, skipping Christmas, weekend and every later run", async () => {
    const { maker } = await people();
    const id = await handover(maker);
    const residentRequest = await createContactRequest(db.prisma, { origin: "resident", client: "203.0.113.52" }, handoverValues(), { locale: "nl", consentText: () => "Akkoord." });
    const residentId = residentRequest.ok ? residentRequest.id : "";
    // Wednesday 23 December: Thursday the 24th counts, the 25th and 26th are holidays, the 27th is a Sunday.
    await db.prisma.contactRequest.updateMany({ where: { id: { in: [id, residentId] } }, data: { createdAt: new Date("2026-12-23T10:00:00Z") } });
    const state = async () => db.prisma.contactRequest.findMany({ where: { id: { in: [id, residentId] } }, select: { overdueNoticeAt: true } });

    await remindOverdue(db.prisma, new Date("2026-12-28T15:00:00Z"), 3);
    expect((await state()).every((r) => r.overdueNoticeAt === null)).toBe(true);
    expect(await mailsAbout(db.prisma, id, "overdue")).toHaveLength(0);

    // Two servers at the same moment, then later runs: still one notice each.
    const tuesday = new Date("2026-12-29T08:00:00Z");
    await Promise.all([remindOverdue(db.prisma, tuesday, 3), remindOverdue(db.prisma, tuesday, 3)]);
    await remindOverdue(db.prisma, new Date("2026-12-30T08:00:00Z"), 3);
    await remindOverdue(db.prisma, new Date("2027-01-05T08:00:00Z"), 3);
    expect((await state()).every((r) => r.overdueNoticeAt?.getTime() === tuesday.getTime())).toBe(true);

    const toMaker = await mailsAbout(db.prisma, id, "overdue");
    expect(toMaker.map((m) => m.to)).toEqual([maker.email]);
    expect(toMaker[0]!.subject).toBe(`Aanvraag ${requestNumber(id)}: nog geen antwoord`);
    const toOrganization = await mailsAbout(db.prisma, residentId, "overdue");
    expect(toOrganization.map((m) => m.to)).toContain(SERVICE_INBOX);
    expect(new Set(toOrganization.map((m) => m.to)).size).toBe(toOrganization.length);
    expect(toOrganization[0]!.subject).toContain("Herinnering");
    expect(toOrganization[0]!.text).toContain(`https://hulp.gemeente.nl/nl/werk/inbox/${residentId}`);
    for (const mail of [...toMaker, ...toOrganization]) expect(mail.text).not.toMatch(PERSONAL);

    const events = await db.prisma.contactRequestEvent.findMany({ where: { requestId: { in: [id, residentId] }, kind: "overdue" } });
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.actorUserId === null && e.detail === null)).toBe(true);
  });

  it("does not remind of a request that was answered in time", async () => {
    const { maker, provider } = await people();
    const id = await handover(maker);
    await db.prisma.contactRequest.update({ where: { id }, data: { createdAt: new Date("2026-12-23T10:00:00Z") } });
    await answerContactRequest(db.prisma, provider, { id, version: 1, to: "accept" });
    await remindOverdue(db.prisma, new Date("2027-01-05T08:00:00Z"), 3);
    expect(await mailsAbout(db.prisma, id, "overdue")).toHaveLength(0);
    expect((await db.prisma.contactRequest.findUniqueOrThrow({ where: { id } })).overdueNoticeAt).toBeNull();
  });
});
