import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { matchServices } from "@/lib/matching/match";
import { recordChoice, recordUsage } from "@/lib/usage/record";
import { usageReport } from "@/lib/usage/report";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { parseAnswers } from "./answers";
import { loadMunicipality, loadServicesForMatching } from "./catalogue";
import { loadContactDetails } from "./contact-details";

const demo = JSON.parse(readFileSync("prisma/demo/catalogue.json", "utf8"));
const PARENTS = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";

describe.each(testEngines)("vraagwijzer on the demo catalogue (%s)", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const result = await importCatalogue(db.prisma, demo, { uploadsDir: "/nonexistent/uploads" });
    expect(result.ok).toBe(true);
  });
  afterAll(async () => {
    await db.close();
  });

  it("loads only active services of the municipality, with their facts", async () => {
    const services = await loadServicesForMatching("GM0344", "en", db.prisma);
    const names = services.map((service) => service.name.text);
    expect(names).not.toContain("Ervaringsdeskundige: uit de schulden komen");
    expect(services.every((service) => service.municipalities.includes("GM0344"))).toBe(true);
    const parents = services.find((service) => service.id === PARENTS);
    expect(parents).toMatchObject({ kind: "experience-expert", independent: true, minimumAge: 0, maximumAge: 23 });
    expect(parents?.name.lang).toBe("en");
    expect(parents?.domains).toContain("youth-family");
    expect(parents?.supporters.find((supporter) => supporter.displayName === "Ayşe K.")?.languages).toContain("tr");
  });

  it("suggests the Turkish-speaking experience expert for a child's question in Turkish", async () => {
    const services = await loadServicesForMatching("GM0344", "nl", db.prisma);
    const answers = parseAnswers({ voor: "child", gemeente: "GM0344", onderwerp: "youth-family", leeftijd: "9", taal: "tr", soort: "experience-expert" });
    const result = matchServices(services, answers);
    expect(result.suggestions[0]?.service.id).toBe(PARENTS);
    expect(result.suggestions[0]?.reasons).toContainEqual({ key: "supporterSpeaks", params: { name: "Ayşe K.", language: "tr" } });
    expect(result.suggestions.some((item) => item.service.kind === "formal" && item.service.independent)).toBe(true);
  });

  it("gives every way to reach a chosen service, with the chosen supporter", async () => {
    const ayse = demo.services.find((service: { id: string }) => service.id === PARENTS).x_supporters.find((p: { display_name: string }) => p.display_name === "Ayşe K.").id;
    const details = await loadContactDetails(PARENTS, ayse, "en", db.prisma);
    expect(details?.supporter?.displayName).toBe("Ayşe K.");
    expect(details?.phones.map((phone) => phone.number)).toEqual(["030 799 14 10"]);
    expect(details?.email).toBe("ouders.ervaringskracht@example.nl");
    expect(details?.website).toBe("https://example.nl/ervaringskracht/ouders");
    expect(details?.places[0]?.schedules[0]).toMatchObject({ freq: "WEEKLY", days: ["WE"], opensAt: "13:00", closesAt: "15:30" });
    expect((await loadContactDetails(PARENTS, "not-a-supporter", "nl", db.prisma))?.supporter).toBeUndefined();
    expect(await loadContactDetails("00000000-0000-4000-8000-000000000000", undefined, "nl", db.prisma)).toBeUndefined();
    expect(await loadContactDetails("../etc", undefined, "nl", db.prisma)).toBeUndefined();
  });

  it("knows the municipality's access team", async () => {
    const utrecht = await loadMunicipality("GM0344", "en", db.prisma);
    expect(utrecht?.accessTeam).toMatchObject({ name: { text: "Utrecht Social Team", lang: "en" }, phone: "030 799 10 00" });
    expect(await loadMunicipality("GM9999", "nl", db.prisma)).toBeUndefined();
  });

  it("counts a choice by the service's kind, only where the service works", async () => {
    const day = new Date("2026-10-05T10:00:00Z");
    expect(await recordChoice(db.prisma, PARENTS, "GM0344", day)).toBe(true);
    expect(await recordChoice(db.prisma, PARENTS, "GM0321", day)).toBe(false);
    const report = await usageReport(db.prisma, { from: new Date("2026-10-05"), to: new Date("2026-10-05") });
    expect(report.municipalities.map((m) => [m.code, m.metrics["chosen-kind"]])).toEqual([["GM0344", [{ value: "experience-expert", count: 1 }]]]);
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
