import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { createContactRequest } from "@/lib/contact-requests/create";
import { purgePersonalData } from "@/lib/contact-requests/retention";
import { parseEnv } from "@/lib/env";
import { searchLookup } from "@/lib/staff/lookup-query";
import { parseLookupFilters } from "@/lib/staff/lookup-filters";
import { handoverValues, loadDemoCatalogue, makeActor, YOUTH_ORGANISATION, YOUTH_SERVICE } from "./fixtures";

const options = { locale: "nl", consentText: () => "akkoord" };
const DAY = 86_400_000;

describe.each(testEngines)("retention and lookup (%s)", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await loadDemoCatalogue(db.prisma);
  });
  afterAll(() => db?.close());

  it("erases personal data of requests closed longer ago than the retention, and of old resident requests", async () => {
    const staff = await makeActor(db.prisma, "staff");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const made = await createContactRequest(db.prisma, { origin: "staff", actor: staff }, handoverValues(), options);
      if (!made.ok) throw new Error("not created");
      ids.push(made.id);
    }
    const now = new Date();
    await db.prisma.contactRequest.update({ where: { id: ids[0] }, data: { status: "closed", closedAt: new Date(now.getTime() - 91 * DAY) } });
    await db.prisma.contactRequest.update({ where: { id: ids[1] }, data: { status: "closed", closedAt: new Date(now.getTime() - 89 * DAY) } });
    const resident = await db.prisma.contactRequest.create({
      data: {
        origin: "resident", serviceId: YOUTH_SERVICE, organizationId: YOUTH_ORGANISATION, residentName: "R", residentEmail: "r@example.nl",
        question: "?", consentText: "ok", consentAt: now, locale: "nl", idempotencyKey: crypto.randomUUID(), createdAt: new Date(now.getTime() - 100 * DAY),
      },
    });
    expect(await purgePersonalData(db.prisma, 90, now)).toBe(2);
    const rows = await db.prisma.contactRequest.findMany({ where: { id: { in: [...ids, resident.id] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of [ids[0]!, resident.id]) expect(byId.get(id)).toMatchObject({ residentName: null, residentPhone: null, residentEmail: null, question: null });
    for (const id of [ids[1]!, ids[2]!]) expect(byId.get(id)?.residentName).toBe("Fatma Yılmaz");
    expect(await purgePersonalData(db.prisma, 90, now)).toBe(0);
    // The one rule for the period (lib/env.ts): 90 days unless set; a wrong value stops start-up.
    expect(parseEnv({}).retentionDays).toBe(90);
    expect(parseEnv({ RETENTION_DAYS: "30" }).retentionDays).toBe(30);
    expect(() => parseEnv({ RETENTION_DAYS: "soon" })).toThrow(/RETENTION_DAYS/);
  });

  it("finds the Turkish-speaking experience expert for a youth question in Utrecht", async () => {
    const result = await searchLookup(db.prisma, parseLookupFilters({ q: "turks jeugd", gemeente: "GM0344" }), "nl");
    expect(result.items.map((i) => i.id)).toContain(YOUTH_SERVICE);
    const item = result.items.find((i) => i.id === YOUTH_SERVICE)!;
    expect(item.supporters.map((s) => s.name)).toContain("Ayşe K.");
    expect(item.kind).toBe("experience-expert");
    // Supporter names and the filters narrow the same way the directory's do.
    expect((await searchLookup(db.prisma, parseLookupFilters({ q: "Ayşe" }), "nl")).items.map((i) => i.id)).toContain(YOUTH_SERVICE);
    expect((await searchLookup(db.prisma, parseLookupFilters({ q: "turks", gemeente: "GM0321" }), "nl")).items.map((i) => i.id)).not.toContain(YOUTH_SERVICE);
    expect((await searchLookup(db.prisma, parseLookupFilters({ soort: "formal", taal: "tr" }), "nl")).items.map((i) => i.id)).not.toContain(YOUTH_SERVICE);
    expect((await searchLookup(db.prisma, parseLookupFilters({ q: "zzzqqq" }), "nl")).total).toBe(0);
  });

  it("shows internal notes to professionals and lists all services when nothing is asked", async () => {
    await db.prisma.serviceInternal.create({ data: { serviceId: YOUTH_SERVICE, notes: "Vraag naar Ayşe", directPhone: "030 123 45 67" } });
    const all = await searchLookup(db.prisma, parseLookupFilters({}), "nl");
    expect(all.total).toBe(await db.prisma.service.count());
    expect(all.items.find((i) => i.id === YOUTH_SERVICE)?.internal).toMatchObject({ notes: "Vraag naar Ayşe" });
  });

  it("reads filters defensively from the address", () => {
    expect(parseLookupFilters({ gemeente: "gm0344", leeftijd: "200", taal: "TR", nieuw: "ja", soort: "x'; drop" })).toEqual({
      q: undefined, gemeente: "GM0344", soort: undefined, domein: undefined, doelgroep: undefined, taal: "tr", contact: undefined, leeftijd: undefined, onafhankelijk: undefined, nieuw: true,
    });
  });
});
