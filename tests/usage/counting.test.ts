import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { YOUTH_SERVICE } from "@/tests/staff/fixtures";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";
import { recordChoice } from "@/lib/usage/record";
import { usageReport } from "@/lib/usage/report";
import { recordSuggestions } from "@/lib/usage/count-suggestions";
import { parseAnswers } from "@/lib/vraagwijzer/answers";

/**
 * Use is counted on a post (the vraagwijzer's last step, "choose this supporter"), never
 * while a page is shown: a reload, a shared link or a crawler counts nothing.
 */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(entry) ? [full] : [];
  });
}

describe("counting use never happens on a GET", () => {
  it("no page or component reaches the counters; only route handlers that answer POST do", () => {
    const counting = /from "@\/lib\/usage\/(record|suggestions)"/;
    const users = [...sources("app"), ...sources("components")].filter((file) => counting.test(readFileSync(file, "utf8")));
    expect(users.length).toBeGreaterThan(0);
    for (const file of users) {
      expect(path.basename(file), file).toBe("route.ts");
      const source = readFileSync(file, "utf8");
      expect(source, file).toMatch(/export async function POST\(/);
      expect(source, file).not.toMatch(/export (async )?function (GET|HEAD)\b/);
    }
  });
});

describe.each(testEngines)("the vraagwijzer's counts (%s)", (engine) => {
  const db = demoDatabase(engine);

  const day = new Date("2026-09-10T10:00:00Z");
  const report = () => usageReport(db.prisma, { from: new Date("2026-09-10"), to: new Date("2026-09-10") });

  it("counts a request for suggestions with its domains, signals and outcome, only for a known municipality", async () => {
    const answers = parseAnswers({ voor: "child", gemeente: "GM0344", onderwerp: "youth-family", signaal: "stuck", leeftijd: "9", taal: "tr" });
    expect(await recordSuggestions(db.prisma, answers, "198.51.100.7", day)).toBe(true);
    expect(await recordSuggestions(db.prisma, parseAnswers({ onderwerp: "housing" }), "198.51.100.7", day)).toBe(false);
    const utrecht = (await report()).municipalities.find((m) => m.code === "GM0344");
    expect(utrecht).toMatchObject({ reached: 1, metrics: { domain: [{ value: "youth-family", count: 1 }], signal: [{ value: "stuck", count: 1 }] } });
    expect(utrecht?.metrics.suggestions).toHaveLength(1);
  });

  it("counts a choice by the kind of an open service that works in that municipality", async () => {
    expect(await recordChoice(db.prisma, YOUTH_SERVICE, "GM0344", "198.51.100.7", day)).toBe(true);
    expect(await recordChoice(db.prisma, YOUTH_SERVICE, "GM0321", "198.51.100.7", day)).toBe(false);
    const closed = await db.prisma.service.findFirstOrThrow({ where: { status: "temporarily_closed" }, select: { id: true, serviceAreas: { select: { municipalityCode: true } } } });
    expect(await recordChoice(db.prisma, closed.id, closed.serviceAreas[0]!.municipalityCode, "198.51.100.7", day)).toBe(false);
    expect(await recordChoice(db.prisma, "not-an-id", "GM0344", "198.51.100.7", day)).toBe(false);
    const utrecht = (await report()).municipalities.find((m) => m.code === "GM0344");
    expect(utrecht?.metrics["chosen-kind"]).toEqual([{ value: "experience-expert", count: 1 }]);
  });
});
