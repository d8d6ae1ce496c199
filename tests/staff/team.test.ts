import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { dutchDay } from "@/lib/calendar/working-days";
import { createTeam, setUserTeam } from "@/lib/auth/teams";
import { createUser } from "@/lib/auth/users";
import { createContactRequest } from "@/lib/contact-requests/create";
import { parseHandoverFilters } from "@/lib/contact-requests/handover-filters";
import { getContactRequest, listHandovers } from "@/lib/contact-requests/inbox";
import { takeOverHandover } from "@/lib/contact-requests/take-over";
import type { Actor } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { handoverValues, loadDemoCatalogue, makeActor, YOUTH_ORGANIZATION } from "./fixtures";

const options = { locale: "nl", consentText: () => "akkoord" };

async function inTeam(prisma: PrismaClient, actor: Actor, teamId: string): Promise<Actor> {
  expect(await setUserTeam(prisma, { userId: actor.id, teamId }, "00000000-0000-4000-8000-000000000000")).toBe(true);
  return { ...actor, teamId };
}

async function handover(prisma: PrismaClient, actor: Actor): Promise<string> {
  const made = await createContactRequest(prisma, { origin: "staff", actor }, handoverValues(), options);
  if (!made.ok) throw new Error(JSON.stringify(made));
  return made.id;
}

const ids = async (prisma: PrismaClient, actor: Actor, query: Record<string, string> = {}) =>
  (await listHandovers(prisma, actor, "nl", parseHandoverFilters(query).filters)).rows.map((row) => row.id);

describe.each(testEngines)("teams, the team view and taking over (%s)", (engine) => {
  let db: TestDatabase;
  let a: Actor, b: Actor, c: Actor, loner: Actor, provider: Actor, admin: Actor;
  let teamId: string, otherTeamId: string, made: string;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await loadDemoCatalogue(db.prisma);
    admin = await makeActor(db.prisma, "admin");
    const team = await createTeam(db.prisma, { name: "Wijkteam Noord", municipalityCode: "" }, admin.id);
    const other = await createTeam(db.prisma, { name: "Wijkteam Zuid" }, admin.id);
    if (!team.ok || !other.ok) throw new Error("teams");
    teamId = team.id;
    otherTeamId = other.id;
    a = await inTeam(db.prisma, await makeActor(db.prisma, "staff"), teamId);
    b = await inTeam(db.prisma, await makeActor(db.prisma, "staff"), teamId);
    c = await inTeam(db.prisma, await makeActor(db.prisma, "staff"), otherTeamId);
    loner = await makeActor(db.prisma, "staff");
    provider = await makeActor(db.prisma, "provider", YOUTH_ORGANIZATION);
    made = await handover(db.prisma, a);
  });
  afterAll(() => db?.close());

  it("creates a team once per name (also in other letters), in a municipality that exists, and audits it", async () => {
    expect(await createTeam(db.prisma, { name: "wijkteam noord" }, admin.id)).toEqual({ ok: false, errors: { name: "teamTaken" } });
    expect(await createTeam(db.prisma, { name: " " }, admin.id)).toEqual({ ok: false, errors: { name: "teamName" } });
    expect(await createTeam(db.prisma, { name: "Wijkteam Oost", municipalityCode: "GM9999" }, admin.id)).toEqual({ ok: false, errors: { municipalityCode: "municipality" } });
    expect(await db.prisma.team.count()).toBe(2);
    expect(await db.prisma.auditEvent.count({ where: { action: "team.create", actorUserId: admin.id } })).toBe(2);
    expect(await db.prisma.auditEvent.count({ where: { action: "user.team", subjectId: a.id } })).toBe(1);
  });

  it("puts only accounts that do staff work in a team", async () => {
    expect(await setUserTeam(db.prisma, { userId: provider.id, teamId }, admin.id)).toBe(false);
    expect(await setUserTeam(db.prisma, { userId: a.id, teamId: crypto.randomUUID() }, admin.id)).toBe(false);
    const refused = await createUser(db.prisma, { email: "redacteur@example.nl", name: "R", role: "editor", teamId }, admin.id);
    expect(refused).toEqual({ ok: false, errors: { teamId: "teamNotStaff" } });
    const staff = await createUser(db.prisma, { email: "nieuw-team@example.nl", name: "N", role: "staff", teamId }, admin.id);
    expect(staff.ok).toBe(true);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: "nieuw-team@example.nl" } })).teamId).toBe(teamId);
  });

  it("records the maker's team and the maker as who follows it up", async () => {
    expect(await db.prisma.contactRequest.findUniqueOrThrow({ where: { id: made } })).toMatchObject({ teamId, createdByUserId: a.id, handledByUserId: a.id });
  });

  it("shows a handover to its maker and the maker's team; not to another team, a staff member without a team, a provider or an admin", async () => {
    expect(await ids(db.prisma, a)).toContain(made);
    const seenByB = (await listHandovers(db.prisma, b, "nl")).rows.find((row) => row.id === made);
    expect(seenByB).toMatchObject({ createdByName: a.name, mayTakeOver: true, overdue: false });
    expect((await listHandovers(db.prisma, a, "nl")).rows.find((row) => row.id === made)?.mayTakeOver).toBe(false);
    expect(await ids(db.prisma, c)).not.toContain(made);
    expect(await ids(db.prisma, loner)).not.toContain(made);
    expect(await ids(db.prisma, provider)).toEqual([]);
    expect(await ids(db.prisma, admin)).toEqual([]);
  });

  it("filters by status, service, period and overdue; a bad filter shows everything", async () => {
    const old = await handover(db.prisma, b);
    // Made three weeks ago and still unanswered: overdue on any reminder term of a few working days.
    await db.prisma.contactRequest.update({ where: { id: old }, data: { createdAt: new Date(Date.now() - 21 * 86_400_000) } });
    // Periods are Dutch calendar days: between 22:00 and 24:00 UTC that is already tomorrow.
    const oldDay = dutchDay(new Date(Date.now() - 21 * 86_400_000));
    expect(await ids(db.prisma, a, { telaat: "ja" })).toEqual([old]);
    expect(await ids(db.prisma, a, { status: "accepted" })).toEqual([]);
    expect((await ids(db.prisma, a, { status: "new" })).sort()).toEqual([made, old].sort());
    expect(await ids(db.prisma, a, { dienst: crypto.randomUUID() })).toEqual([]);
    expect(await ids(db.prisma, a, { tot: oldDay })).toEqual([old]);
    expect(await ids(db.prisma, a, { van: dutchDay() })).toContain(made);
    expect(await ids(db.prisma, a, { van: dutchDay() })).not.toContain(old);
    expect(parseHandoverFilters({ status: "weg" })).toMatchObject({ invalid: true, filters: { pagina: 1 } });
    expect(parseHandoverFilters({ van: "2026-12-01", tot: "2026-11-01" }).invalid).toBe(true);
    expect((await ids(db.prisma, a, { status: "weg" })).length).toBeGreaterThanOrEqual(2);
  });

  it("lets a team colleague take over with the current version only, and records it in the timeline", async () => {
    const row = await db.prisma.contactRequest.findUniqueOrThrow({ where: { id: made } });
    expect(await takeOverHandover(db.prisma, c, { id: made, version: row.version })).toEqual({ ok: false, reason: "notAllowed" });
    expect(await takeOverHandover(db.prisma, loner, { id: made, version: row.version })).toEqual({ ok: false, reason: "notAllowed" });
    expect(await takeOverHandover(db.prisma, { ...provider, teamId }, { id: made, version: row.version })).toEqual({ ok: false, reason: "notAllowed" });
    expect(await takeOverHandover(db.prisma, a, { id: made, version: row.version })).toEqual({ ok: false, reason: "notAllowed" });
    expect(await takeOverHandover(db.prisma, b, { id: made, version: row.version + 1 })).toEqual({ ok: false, reason: "stale" });
    expect(await takeOverHandover(db.prisma, b, { id: "geen-id", version: 1 })).toEqual({ ok: false, reason: "invalid" });
    // Only the making is in the timeline so far.
    expect((await db.prisma.contactRequestEvent.findMany({ where: { requestId: made } })).map((e) => e.kind)).toEqual(["created"]);

    expect(await takeOverHandover(db.prisma, b, { id: made, version: row.version })).toEqual({ ok: true });
    expect(await db.prisma.contactRequest.findUniqueOrThrow({ where: { id: made } })).toMatchObject({ handledByUserId: b.id, version: row.version + 1, createdByUserId: a.id });
    const events = await db.prisma.contactRequestEvent.findMany({ where: { requestId: made, kind: { not: "created" } } });
    expect(events).toEqual([expect.objectContaining({ kind: "taken_over", actorUserId: b.id, actorName: b.name, detail: null })]);
    // The old version is now stale, also for the maker taking it back.
    expect(await takeOverHandover(db.prisma, a, { id: made, version: row.version })).toEqual({ ok: false, reason: "stale" });
    const seenByA = (await listHandovers(db.prisma, a, "nl")).rows.find((r) => r.id === made);
    expect(seenByA).toMatchObject({ handledByName: b.name, mayTakeOver: true });
  });

  it("keeps a taken-over handover visible to who follows it up, even after leaving the team", async () => {
    await setUserTeam(db.prisma, { userId: b.id, teamId: otherTeamId }, admin.id);
    const moved = { ...b, teamId: otherTeamId };
    expect(await ids(db.prisma, moved)).toContain(made);
    expect(await getContactRequest(db.prisma, moved, made, "nl")).not.toBeNull();
    expect(await getContactRequest(db.prisma, c, made, "nl")).toBeNull();
  });
});
