import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { matchServices } from "@/lib/matching/match";
import { parseAnswers } from "@/lib/vraagwijzer/answers";
import { toMatchServices } from "@/lib/vraagwijzer/match-input";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";
import { parseDirectoryFilters } from "./directory/filters";
import { noteCatalogueChanged, unconfirmedSince } from "./freshness";
import { catalogueSnapshot, serviceRecord, supporterPhotoPath } from "./queries";
import { bumpCatalogueRevision, REVISION_REUSE_MS } from "./revision";
import { toContactDetails } from "./shapes/contact-details";
import { toMunicipalityDetail } from "./shapes/municipality";
import { toServiceDetail } from "./shapes/service-detail";
import { searchLookup } from "./staff-lookup";

const demo = JSON.parse(readFileSync("prisma/demo/catalogue.json", "utf8")) as { services: Array<Record<string, unknown>> };
const PARENTS = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";
const YOUTH_SERVICE = PARENTS;
const byStatus = (status: string) => demo.services.find((service) => service.status === status)!.id as string;

describe.each(testEngines)("the catalogue read layer on the demo catalogue (%s)", (engine) => {
  const db = demoDatabase(engine);

  it("reads visible services only: active and temporarily closed, never inactive or defunct", async () => {
    const snapshot = await catalogueSnapshot(db.prisma);
    const ids = snapshot.services.map((service) => service.id);
    expect(ids).toContain(byStatus("temporarily closed"));
    expect(ids).not.toContain(byStatus("inactive"));
    expect(ids).not.toContain(byStatus("defunct"));
    expect(snapshot.services.at(-1)?.temporarilyClosed).toBe(true);
    expect(await serviceRecord(db.prisma, byStatus("inactive"))).toBeUndefined();
    expect(await serviceRecord(db.prisma, byStatus("temporarily closed"))).toBeDefined();
    expect(await serviceRecord(db.prisma, "../etc")).toBeUndefined();
  });

  it("caches per revision: a change of this process is read at once, another server's after a second", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const first = await catalogueSnapshot(db.prisma);
      expect(await catalogueSnapshot(db.prisma)).toBe(first);
      // This process's change (an import, a publish) is noted when it commits.
      await bumpCatalogueRevision(db.prisma);
      noteCatalogueChanged();
      const second = await catalogueSnapshot(db.prisma);
      expect(second).not.toBe(first);
      expect(second.revision).toBe(first.revision + 1);
      // Another server's change: the revision is asked again once REVISION_REUSE_MS has passed.
      await bumpCatalogueRevision(db.prisma);
      vi.advanceTimersByTime(REVISION_REUSE_MS - 1);
      expect(await catalogueSnapshot(db.prisma)).toBe(second);
      vi.advanceTimersByTime(1);
      expect((await catalogueSnapshot(db.prisma)).revision).toBe(second.revision + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("gives matching the open services of a municipality, with their facts and supporters", async () => {
    const snapshot = await catalogueSnapshot(db.prisma);
    const services = toMatchServices(snapshot.services.filter((s) => s.municipalities.includes("GM0344")), "en");
    const parents = services.find((service) => service.id === PARENTS);
    expect(parents).toMatchObject({ kind: "experience-expert", independent: true, minimumAge: 0, maximumAge: 23, active: true });
    expect(parents?.name.lang).toBe("en");
    expect(parents?.domains).toContain("youth-family");
    expect(parents?.supporters.find((supporter) => supporter.displayName === "Ayşe K.")?.languages).toContain("tr");
    expect(services.find((service) => service.id === byStatus("temporarily closed"))?.active).toBe(false);
  });

  it("suggests the Turkish-speaking experience expert for a child's question in Turkish", async () => {
    const snapshot = await catalogueSnapshot(db.prisma);
    const services = toMatchServices(snapshot.services.filter((s) => s.status === "active" && s.municipalities.includes("GM0344")), "nl");
    const answers = parseAnswers({ voor: "child", gemeente: "GM0344", onderwerp: "youth-family", leeftijd: "9", taal: "tr", soort: "experience-expert" });
    const result = matchServices(services, answers);
    expect(result.suggestions[0]?.service.id).toBe(PARENTS);
    expect(result.suggestions[0]?.reasons).toContainEqual({ key: "supporterSpeaks", params: { name: "Ayşe K.", language: "tr" } });
    expect(result.suggestions.some((item) => item.service.kind === "formal" && item.service.independent)).toBe(true);
  });

  it("gives every way to reach an open service, with the chosen supporter", async () => {
    const record = (await serviceRecord(db.prisma, PARENTS))!;
    const ayse = record.supporters.find((p) => p.displayName === "Ayşe K.")!.id;
    const details = toContactDetails(record, ayse, "en");
    expect(details?.supporter?.displayName).toBe("Ayşe K.");
    expect(details?.phones.map((phone) => phone.number)).toEqual(["030 799 14 10"]);
    expect(details?.email).toBe("ouders.ervaringskracht@example.nl");
    expect(details?.website).toBe("https://example.nl/ervaringskracht/ouders");
    expect(details?.places[0]?.schedules[0]).toMatchObject({ freq: "WEEKLY", days: ["WE"], opensAt: "13:00", closesAt: "15:30" });
    expect(toContactDetails(record, "not-a-supporter", "nl")?.supporter).toBeUndefined();
    // A temporarily closed service is shown, but cannot be asked for contact.
    expect(toContactDetails((await serviceRecord(db.prisma, byStatus("temporarily closed")))!, undefined, "nl")).toBeUndefined();
  });

  it("labels the service page's vocabularies from the one label source", async () => {
    const detail = toServiceDetail((await serviceRecord(db.prisma, PARENTS))!, "nl")!;
    expect(detail.domains.map((d) => d.text)).toContain("Kinderen en gezin");
    expect(detail.attending.every((a) => a.name.lang === "nl")).toBe(true);
    expect(detail.organization.name).toBeTruthy();
  });

  it("knows the municipality's access team", async () => {
    const snapshot = await catalogueSnapshot(db.prisma);
    const utrecht = toMunicipalityDetail(snapshot.municipalities.find((m) => m.code === "GM0344")!, "en");
    expect(utrecht.accessTeam).toMatchObject({ name: { text: "Utrecht Social Team", lang: "en" }, phone: "030 799 10 00" });
  });

  it("finds no photo for an unknown or malformed supporter", async () => {
    expect(await supporterPhotoPath(db.prisma, PARENTS, "00000000-0000-4000-8000-000000000000")).toBeUndefined();
    expect(await supporterPhotoPath(db.prisma, "x", "y")).toBeUndefined();
  });

  const lookup = (params: Record<string, string | string[]>) => searchLookup(db.prisma, parseDirectoryFilters(params).filters, "nl");

  it("staff lookup: finds the Turkish-speaking experience expert for a youth question in Utrecht, with the full-text search", async () => {
    const result = await lookup({ q: "turks jeugd", gemeente: "GM0344" });
    expect(result.items.map((i) => i.id)).toContain(YOUTH_SERVICE);
    const item = result.items.find((i) => i.id === YOUTH_SERVICE)!;
    expect(item.supporterLines.map((s) => s.name)).toContain("Ayşe K.");
    expect(item.kind).toBe("experience-expert");
    // Supporter names and the filters narrow the same way the directory's do.
    expect((await lookup({ q: "Ayşe" })).items.map((i) => i.id)).toContain(YOUTH_SERVICE);
    expect((await lookup({ q: "turks", gemeente: "GM0321" })).items.map((i) => i.id)).not.toContain(YOUTH_SERVICE);
    expect((await lookup({ soort: "formal", taal: "tr" })).items.map((i) => i.id)).not.toContain(YOUTH_SERVICE);
    expect((await lookup({ q: "zzzqqq" })).total).toBe(0);
  });

  it("staff lookup: a repeated kind means either kind, as in the directory", async () => {
    const both = await lookup({ soort: ["formal", "experience-expert"] });
    const kinds = new Set(both.items.map((i) => i.kind));
    expect(kinds).toEqual(new Set(["formal", "experience-expert"]));
  });

  it("staff lookup: shows internal notes and lists every client support service when nothing is asked, inactive ones last", async () => {
    await db.prisma.serviceInternal.create({ data: { serviceId: YOUTH_SERVICE, notes: "Vraag naar Ayşe", directPhone: "030 123 45 67" } });
    await bumpCatalogueRevision(db.prisma);
    const all = await lookup({});
    // Every service but the access team's, which is not client support (visibility.ts).
    expect(all.total).toBe(await db.prisma.service.count({ where: { organization: { isAccessTeam: false } } }));
    expect(all.items.at(-1)?.status).toMatch(/inactive|defunct/);
    expect((await lookup({ q: "Inloopspreekuur Houten-Zuid" })).items.map((i) => i.status)).toEqual(["inactive"]);
    expect(all.items.find((i) => i.id === YOUTH_SERVICE)?.internal).toMatchObject({ notes: "Vraag naar Ayşe" });
  });

  it("while the database cannot be reached: the snapshot and records in memory, and from when they are", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const snapshot = await catalogueSnapshot(db.prisma);
      const record = await serviceRecord(db.prisma, YOUTH_SERVICE);
      expect(unconfirmedSince()).toBeUndefined();
      const confirmed = new Date();
      // A second later every query fails, as when the server is down.
      vi.advanceTimersByTime(REVISION_REUSE_MS);
      const unreachable = new Proxy(db.prisma, {
        get(client, property) {
          if (property !== "$queryRaw") return Reflect.get(client, property) as unknown;
          return async () => {
            throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
          };
        },
      });
      expect(await catalogueSnapshot(unreachable)).toBe(snapshot);
      expect(await serviceRecord(unreachable, YOUTH_SERVICE)).toEqual(record);
      expect(unconfirmedSince()!.getTime()).toBeLessThanOrEqual(confirmed.getTime());
      // Back: checked again, and the notice goes.
      await catalogueSnapshot(db.prisma);
      expect(unconfirmedSince()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
