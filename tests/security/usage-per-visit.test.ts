import { describe, expect, it } from "vitest";
import { sweep } from "@/lib/rate-limit/rate-limit";
import { recordCrisis, recordSuggestions } from "@/lib/usage/count-suggestions";
import { recordChoice } from "@/lib/usage/record";
import { COUNTS_PER_ADDRESS, countsOnce, VISIT_SECONDS } from "@/lib/usage/visit";
import { parseAnswers } from "@/lib/vraagwijzer/answers";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";
import { YOUTH_SERVICE } from "@/tests/staff/fixtures";

/**
 * Issue 12, point 11: the figures count one completed vraagwijzer per visit, not per
 * post, and a script posting faster than any person cannot inflate them. Nothing
 * personal is kept: UsageCount holds categories only, the rate-limit table a salted hash
 * of the address that the hourly purge erases.
 */
describe.each(testEngines)("usage counted once per visit (%s)", (engine) => {
  const db = demoDatabase(engine);
  const answers = parseAnswers({ voor: "self", gemeente: "GM0344", onderwerp: "money", signaal: "stuck" });
  const total = async (metric: string) => (await db.prisma.usageCount.aggregate({ where: { metric }, _sum: { count: true } }))._sum.count ?? 0;

  it("counts a burst of 50 posts of the vraagwijzer's last step from one visit once", async () => {
    const now = new Date("2026-09-14T09:00:00Z");
    const results = await Promise.all(Array.from({ length: 50 }, () => recordSuggestions(db.prisma, answers, "203.0.113.50", now)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await total("suggestions")).toBe(1);
    for (let minute = 1; minute < 30; minute += 7) {
      expect(await recordSuggestions(db.prisma, answers, "203.0.113.50", new Date(now.getTime() + minute * 60_000))).toBe(false);
    }
    expect(await total("suggestions")).toBe(1);
    // Another resident, and the same address after the visit is over, count again.
    expect(await recordSuggestions(db.prisma, answers, "203.0.113.51", now)).toBe(true);
    expect(await recordSuggestions(db.prisma, answers, "203.0.113.50", new Date(now.getTime() + (VISIT_SECONDS + 60) * 1000))).toBe(true);
    expect(await total("suggestions")).toBe(3);
  });

  it("counts the crisis numbers and a chosen service once per visit", async () => {
    const now = new Date("2026-09-15T09:00:00Z");
    const crisis = await Promise.all(Array.from({ length: 20 }, () => recordCrisis(db.prisma, "GM0344", "203.0.113.60", now)));
    expect(crisis.filter(Boolean)).toHaveLength(1);
    const chosen = await Promise.all(Array.from({ length: 20 }, () => recordChoice(db.prisma, YOUTH_SERVICE, "GM0344", "203.0.113.60", now)));
    expect(chosen.filter(Boolean)).toHaveLength(1);
    expect(await total("chosen-kind")).toBe(1);
  });

  it("limits what one address can count in an hour, however many different things a script chooses", async () => {
    const now = new Date("2026-09-16T09:00:00Z");
    const counted = [];
    for (let i = 0; i < COUNTS_PER_ADDRESS.max + 15; i++) counted.push(await countsOnce(db.prisma, "2001:db8::1", `choice:${i}`, now));
    expect(counted.filter(Boolean)).toHaveLength(COUNTS_PER_ADDRESS.max);
  });

  it("keeps nothing personal: no address in UsageCount or the rate-limit table, and the purge erases the visit keys", async () => {
    const now = new Date("2026-09-17T09:00:00Z");
    await recordSuggestions(db.prisma, answers, "192.0.2.77", now);
    const usage = JSON.stringify(await db.prisma.usageCount.findMany());
    const buckets = await db.prisma.rateLimitBucket.findMany({ where: { key: { startsWith: "usage:" } } });
    expect(buckets.length).toBeGreaterThan(0);
    for (const text of [usage, JSON.stringify(buckets)]) expect(text).not.toMatch(/192\.0\.2\.77|203\.0\.113|2001:db8/);
    await sweep(db.prisma, new Date(now.getTime() + 2 * 3600_000));
    expect(await db.prisma.rateLimitBucket.count({ where: { key: { startsWith: "usage:" } } })).toBe(0);
  });
});
