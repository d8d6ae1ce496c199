import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roleActions } from "@/lib/actions/access";
import { isRefused } from "@/lib/auth/guard";
import { pageRoles } from "@/lib/auth/protected-pages";
import { hasRole, type Actor } from "@/lib/auth/roles";
import { actorForToken, createSession } from "@/lib/auth/session";
import { createUser } from "@/lib/auth/users";
import { getContactRequest, listHandovers } from "@/lib/contact-requests/inbox";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { handoverValues, loadDemoCatalogue, makeActor, YOUTH_ORGANIZATION, YOUTH_SERVICE } from "@/tests/staff/fixtures";

/**
 * Issue 12, point 12: the admin role manages accounts and settings, but reads no
 * resident's personal data (handovers, the inbox, error reports) unless it also holds a
 * data role. Listed here by hand, so a page or action that slips back to "admin" fails.
 */
const PERSONAL_DATA_PAGES = { "/werk/overdrachten": "staff", "/werk/overdrachten/[id]": "staff", "/werk/inbox": null, "/beheer/meldingen": "editor" } as const;
const PERSONAL_DATA_ACTIONS = { createHandover: "staff", answerContactRequest: null, handleErrorReport: "editor" } as const;
const ADMIN_WORK_PAGES = ["/beheer", "/beheer/accounts", "/werk/account"];

const run = (name: keyof typeof roleActions, actor: Actor, prisma: PrismaClient, input: unknown) =>
  (roleActions[name].execute as (a: Actor | null, p: PrismaClient, i: unknown) => Promise<unknown>)(actor, prisma, input);

describe.each(testEngines)("least privilege for admins (%s)", (engine) => {
  let db: TestDatabase;
  let admin: Actor, adminStaff: Actor, adminEditor: Actor, staff: Actor;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await loadDemoCatalogue(db.prisma);
    admin = await makeActor(db.prisma, "admin");
    adminStaff = await makeActor(db.prisma, "admin", undefined, undefined, ["staff"]);
    adminEditor = await makeActor(db.prisma, "admin", undefined, undefined, ["editor"]);
    staff = await makeActor(db.prisma, "staff");
  });
  afterAll(() => db?.close());

  it("refuses an admin without a data role every personal-data page, and allows it with the matching data role", () => {
    for (const [path, dataRole] of Object.entries(PERSONAL_DATA_PAGES)) {
      expect(hasRole(admin, pageRoles(path)), path).toBe(false);
      if (dataRole) expect(hasRole(dataRole === "staff" ? adminStaff : adminEditor, pageRoles(path)), path).toBe(true);
    }
    for (const path of ADMIN_WORK_PAGES) expect(hasRole(admin, pageRoles(path)), path).toBe(true);
  });

  it("refuses an admin without a data role every personal-data action", async () => {
    const report = await db.prisma.errorReport.create({ data: { serviceId: YOUTH_SERVICE, message: "Mijn buurvrouw Jannie belt steeds", contactEmail: "jannie@example.nl", locale: "nl" } });
    const request = await db.prisma.contactRequest.create({
      data: { origin: "resident", serviceId: YOUTH_SERVICE, organizationId: YOUTH_ORGANIZATION, residentName: "R", residentPhone: "0612345678", question: "?", consentText: "ok", consentAt: new Date(), locale: "nl", idempotencyKey: crypto.randomUUID() },
    });
    const inputs = {
      createHandover: { values: handoverValues(), locale: "nl", consentText: () => "akkoord" },
      answerContactRequest: { id: request.id, version: 1, to: "accept" },
      handleErrorReport: { id: report.id, outcome: "resolved", resolution: "Nummer aangepast" },
    };
    for (const name of Object.keys(PERSONAL_DATA_ACTIONS) as (keyof typeof PERSONAL_DATA_ACTIONS)[]) {
      expect(isRefused(await run(name, admin, db.prisma, inputs[name])), name).toBe(true);
    }
    expect(await db.prisma.errorReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ handledAt: null });
    expect(await run("handleErrorReport", adminEditor, db.prisma, inputs.handleErrorReport)).toEqual({ ok: true, outcome: "resolved" });
    expect(await run("createHandover", adminStaff, db.prisma, inputs.createHandover)).toMatchObject({ ok: true });
  });

  it("shows an admin without a data role no handover, not even by its id", async () => {
    const made = await run("createHandover", staff, db.prisma, { values: handoverValues(), locale: "nl", consentText: () => "akkoord" });
    expect(made).toMatchObject({ ok: true });
    const [handover] = (await listHandovers(db.prisma, staff, "nl")).rows;
    expect(handover).toBeDefined();
    expect((await listHandovers(db.prisma, admin, "nl")).rows).toEqual([]);
    expect(await getContactRequest(db.prisma, admin, handover!.id, "nl")).toBeNull();
    expect(await getContactRequest(db.prisma, adminStaff, handover!.id, "nl")).toBeNull();
    expect(await getContactRequest(db.prisma, staff, handover!.id, "nl")).not.toBeNull();
  });

  it("keeps an admin's data roles through the session, and gives data roles to admins only", async () => {
    const { token } = await createSession(db.prisma, adminEditor.id);
    expect(await actorForToken(db.prisma, token)).toMatchObject({ role: "admin", extraRoles: ["editor"] });
    const refused = await createUser(db.prisma, { email: "wijk@example.nl", name: "Wijk", role: "staff", extraRoles: ["editor"], password: "een-lang-wachtwoord" });
    expect(refused).toEqual({ ok: false, errors: { extraRoles: "extraRoles" } });
    expect(await createUser(db.prisma, { email: "baas@example.nl", name: "Baas", role: "admin", extraRoles: ["provider"] })).toMatchObject({ ok: false });
    expect(await db.prisma.user.count({ where: { email: { in: ["wijk@example.nl", "baas@example.nl"] } } })).toBe(0);
  });
});
