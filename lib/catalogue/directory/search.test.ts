import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { catalogueSnapshot, serviceRecord } from "@/lib/catalogue/queries";
import { getCatalogueRevision } from "@/lib/catalogue/revision";
import { walkInDays } from "@/lib/catalogue/shapes/walk-in-hours";
import { searchLookup } from "@/lib/catalogue/staff-lookup";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { emptyFilters, type DirectoryFilters } from "./filters";
import { matchKey, searchServices } from "./search";

const demo = () => JSON.parse(readFileSync("prisma/demo/catalogue.json", "utf8")) as { services: Array<Record<string, unknown>> };
const PARENTS = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";
const ACCESS_TEAM = "972e57e1-0b27-5918-bba7-b9934fd83d64"; // Keukentafelgesprek met het Sociaal Team (Utrecht)
const UTRECHT = "2696ae8a-a20f-5934-9de1-f00cf5373bd5"; // Cliëntondersteuning Utrecht
const f = (extra: Partial<DirectoryFilters>): DirectoryFilters => ({ ...emptyFilters, ...extra });

describe.each(testEngines)("searchServices on %s", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const result = await importCatalogue(db.prisma, demo(), { uploadsDir: "/nonexistent" });
    expect(result.ok).toBe(true);
  });
  afterAll(async () => {
    await db.close();
  });

  const names = async (filters: DirectoryFilters, locale = "nl") =>
    (await searchServices(db.prisma, filters, locale)).results.map((r) => r.name.text);

  it("lists active and temporarily closed services, never inactive or defunct ones", async () => {
    const all = await searchServices(db.prisma, f({ pagina: 1 }), "nl");
    const everything = [...all.results];
    for (let page = 2; page <= all.pageCount; page++) everything.push(...(await searchServices(db.prisma, f({ pagina: page }), "nl")).results);
    const listed = everything.map((r) => r.name.text);
    expect(all.total).toBe(31 - 3); // 31 services: one inactive, one defunct, one of the access team; one closed but shown
    expect(listed).toContain("Ervaringsdeskundige: uit de schulden komen");
    expect(listed).not.toContain("Inloopspreekuur Houten-Zuid");
    expect(listed).not.toContain("Digicafé voor 55-plussers");
    expect(everything.find((r) => r.name.text === "Ervaringsdeskundige: uit de schulden komen")?.temporarilyClosed).toBe(true);
  });

  it("never lists the access team as client support: not in results, counts, text search, compare or the staff lookup", async () => {
    const utrecht = await searchServices(db.prisma, f({ gemeente: "GM0344", soort: ["formal"], q: "keukentafelgesprek" }), "nl");
    expect(utrecht.results.map((r) => r.id)).not.toContain(ACCESS_TEAM);
    const all = await searchServices(db.prisma, f({ gemeente: "GM0344", vergelijk: [ACCESS_TEAM, UTRECHT] }), "nl", { pageSize: 100 });
    expect(all.results.map((r) => r.id)).not.toContain(ACCESS_TEAM);
    expect(all.results.map((r) => r.id)).toContain(UTRECHT);
    expect(all.compared.map((r) => r.id)).toEqual([UTRECHT]);
    // The counts add up to what is listed: the team is in none of the three kinds.
    expect(Object.values(all.counts.soort).reduce((a, b) => a + b, 0)).toBe(all.total);
    expect(all.counts.soort.formal).toBe(all.results.filter((r) => r.kind === "formal").length);
    const staff = await searchLookup(db.prisma, f({ gemeente: "GM0344" }), "nl");
    expect(staff.items.map((item) => item.id)).not.toContain(ACCESS_TEAM);
    // Still there for its own page, and apart in the snapshot.
    expect((await serviceRecord(db.prisma, ACCESS_TEAM))?.independence).toMatchObject({ reason: "access-team" });
    expect((await catalogueSnapshot(db.prisma)).accessTeam.map((s) => s.id)).toEqual([ACCESS_TEAM]);
  });

  it("lists a municipality's walk-in hours by day, without hours by appointment or the access team", async () => {
    const monday = new Date("2026-11-30T09:00:00Z"); // 10:00 in Utrecht
    const days = walkInDays((await catalogueSnapshot(db.prisma)).services, "GM0344", "nl", monday);
    const hours = days.flatMap((day) => day.hours.map((hour) => ({ date: day.date, ...hour })));
    expect(days.every((day, i) => i === 0 || days[i - 1]!.date < day.date)).toBe(true);
    expect(days.at(-1)!.date <= "2026-12-13").toBe(true);
    // Cliëntondersteuning Utrecht: walk in Tuesday 9.30 and Thursday 13.00; weekdays 9.00 "alleen op afspraak" is not listed.
    expect(hours.filter((h) => h.service.id === UTRECHT).map((h) => `${h.date} ${h.opensAt}`)).toEqual([
      "2026-12-01 09:30",
      "2026-12-03 13:00",
      "2026-12-08 09:30",
      "2026-12-10 13:00",
    ]);
    expect(hours.find((h) => h.service.id === UTRECHT)!.place.address?.city).toBeTruthy();
    expect(hours.map((h) => h.service.id)).not.toContain(ACCESS_TEAM);
  });

  it("stems Dutch: 'ondersteuners' finds services about 'ondersteuning'", async () => {
    const found = await names(f({ q: "ondersteuners", gemeente: "GM0344" }));
    expect(found).toContain("Cliëntondersteuning Utrecht");
  });

  it("finds a service by a supporter's language, in Dutch and in English", async () => {
    for (const [q, locale] of [["Turks", "nl"], ["Turkish", "en"]] as const) {
      const result = await searchServices(db.prisma, f({ q }), locale);
      expect(result.results.map((r) => r.id)).toContain(PARENTS);
    }
  });

  it("finds a service by a supporter's name, without the accent", async () => {
    const result = await searchServices(db.prisma, f({ q: "Ayse" }), "nl");
    expect(result.results.map((r) => r.id)).toEqual([PARENTS]);
  });

  it("counts per option and advises which filter to loosen when nothing is found", async () => {
    const narrow = await searchServices(db.prisma, f({ gemeente: "GM0321", taal: ["tr"], soort: ["formal"] }), "nl");
    expect(narrow.total).toBe(0);
    expect(narrow.advice.length).toBeGreaterThan(0);
    const kinds = await searchServices(db.prisma, f({ gemeente: "GM0344" }), "nl");
    const sum = Object.values(kinds.counts.soort).reduce((a, b) => a + b, 0);
    expect(sum).toBe(kinds.total);
  });

  it("sorts by shortest waiting time across pages, unknown last, and keeps the compare choice whatever the filters", async () => {
    const first = await searchServices(db.prisma, f({ sorteer: "wachttijd" }), "nl", { pageSize: 10 });
    const everything = [...first.results];
    for (let page = 2; page <= first.pageCount; page++) {
      everything.push(...(await searchServices(db.prisma, f({ sorteer: "wachttijd", pagina: page }), "nl", { pageSize: 10 })).results);
    }
    const days = everything.map((entry) => (entry.temporarilyClosed ? null : entry.waitingDays));
    const known = days.filter((d): d is number => d !== null);
    expect(days).toEqual([...known.sort((a, b) => a - b), ...days.filter((d) => d === null)]);
    expect(everything.at(-1)?.temporarilyClosed).toBe(true);

    const chosen = await searchServices(db.prisma, f({ soort: ["volunteer"], vergelijk: [PARENTS, "00000000-0000-4000-8000-000000000000"] }), "nl");
    expect(chosen.compared.map((entry) => entry.id)).toEqual([PARENTS]); // a parents' experience expert, not a volunteer; the unknown id is left out
  });

  it("computes the counts once per revision and filter combination, and again after a change", async () => {
    const filters = f({ gemeente: "GM0344", soort: ["formal", "volunteer"] });
    const first = await searchServices(db.prisma, filters, "nl", { pageSize: 2 });
    // The same combination in another order, on another page: the same counts, not counted again.
    const again = await searchServices(db.prisma, f({ gemeente: "GM0344", soort: ["volunteer", "formal"], pagina: 2 }), "nl", { pageSize: 2 });
    expect(again.counts).toBe(first.counts);
    expect(again.results).not.toEqual(first.results);

    const document = demo();
    const listed = first.results[0]!.id;
    document.services.find((s) => s.id === listed)!.status = "inactive";
    expect((await importCatalogue(db.prisma, document, { uploadsDir: "/nonexistent" })).ok).toBe(true);
    const changed = await searchServices(db.prisma, filters, "nl", { pageSize: 2 });
    expect(changed.counts).not.toBe(first.counts);
    expect(changed.total).toBe(first.total - 1);
    expect(changed.results.map((r) => r.id)).not.toContain(listed);
    // Back as it was, for the tests after this one.
    expect((await importCatalogue(db.prisma, demo(), { uploadsDir: "/nonexistent" })).ok).toBe(true);
  });

  it("builds missing search documents for a database filled without them", async () => {
    await db.prisma.$executeRaw`update "Service" set "searchNl" = null, "searchEn" = null`;
    // A new revision makes the directory reload its catalogue, which repairs the index first.
    await db.prisma.$executeRaw`update "CatalogueState" set "revision" = "revision" + 1000 where "id" = 1`;
    const result = await searchServices(db.prisma, f({ q: "Turks" }), "nl");
    expect(result.results.map((r) => r.id)).toContain(PARENTS);
  });

  it("sees an import at once: a renamed service is found under its new name", async () => {
    const before = await getCatalogueRevision(db.prisma);
    const document = demo();
    const service = document.services.find((s) => s.id === PARENTS)!;
    service.name = { nl: "Zebrahulp voor ouders", en: "Zebra help for parents" };
    const result = await importCatalogue(db.prisma, document, { uploadsDir: "/nonexistent" });
    expect(result.ok).toBe(true);
    expect(await getCatalogueRevision(db.prisma)).toBe(before + 1);
    expect(await names(f({ q: "zebrahulp" }))).toEqual(["Zebrahulp voor ouders"]);
    // The same file again changes nothing and keeps the revision.
    await importCatalogue(db.prisma, document, { uploadsDir: "/nonexistent" });
    expect(await getCatalogueRevision(db.prisma)).toBe(before + 1);
  });
});

describe("matchKey", () => {
  const now = new Date("2026-05-04T10:00:30Z");
  it("is the same for the same filters whatever the page, the compare choice or the order of values", () => {
    const key = matchKey(f({ soort: ["formal", "volunteer"], gemeente: "GM0344" }), "nl", "residents", now);
    expect(matchKey(f({ soort: ["volunteer", "formal"], gemeente: "GM0344", pagina: 3, vergelijk: [PARENTS] }), "nl", "residents", now)).toBe(key);
    expect(matchKey(f({ soort: ["formal"], gemeente: "GM0344" }), "nl", "residents", now)).not.toBe(key);
    expect(matchKey(f({ soort: ["formal", "volunteer"], gemeente: "GM0344" }), "en", "residents", now)).not.toBe(key);
    expect(matchKey(f({ soort: ["formal", "volunteer"], gemeente: "GM0344" }), "nl", "staff", now)).not.toBe(key);
  });

  it("keeps the soonest-walk-in order for one minute only", () => {
    const walkIn = f({ sorteer: "inloop" });
    expect(matchKey(walkIn, "nl", "residents", new Date("2026-05-04T10:00:59Z"))).toBe(matchKey(walkIn, "nl", "residents", now));
    expect(matchKey(walkIn, "nl", "residents", new Date("2026-05-04T10:01:00Z"))).not.toBe(matchKey(walkIn, "nl", "residents", now));
  });
});
