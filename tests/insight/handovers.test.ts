import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { serviceSummary } from "@/lib/catalogue/service-summary";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { csvTable } from "@/lib/insight/csv";
import { handoverFigures } from "@/lib/insight/handovers";
import { messagesByLocale } from "@/messages";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";
import { YOUTH_ORGANIZATION, YOUTH_SERVICE } from "@/tests/staff/fixtures";

vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: "nl" | "en"; namespace: string }) => createTranslator({ locale, messages: messagesByLocale[locale], namespace: namespace as "InsightHandovers" }),
}));
const { handoverTables } = await import("@/components/insight/handover-tables");

const PERIOD = { from: "2026-09", to: "2026-10" };
let key = 0;

type Seed = { service?: string; origin: "staff" | "resident"; createdAt: string; acceptedAt?: string; declinedAt?: string; outcome?: "supported" | "unreachable"; teamId?: string | null };

async function request(prisma: PrismaClient, seed: Seed) {
  key += 1;
  const service = seed.service ?? YOUTH_SERVICE;
  const summary = await serviceSummary(prisma, service);
  await prisma.contactRequest.create({
    data: {
      origin: seed.origin,
      serviceId: service,
      organizationId: summary?.organizationId ?? YOUTH_ORGANIZATION,
      teamId: seed.teamId ?? null,
      residentName: "Fatma Yılmaz",
      declineReason: seed.declinedAt ? "Wij hebben geen plek voor mevrouw Yılmaz" : null,
      declineCode: seed.declinedAt ? "no_capacity" : null,
      consentText: "ja",
      consentAt: new Date(seed.createdAt),
      locale: "nl",
      idempotencyKey: `figures-${key}`,
      createdAt: new Date(seed.createdAt),
      acceptedAt: seed.acceptedAt ? new Date(seed.acceptedAt) : null,
      declinedAt: seed.declinedAt ? new Date(seed.declinedAt) : null,
      outcome: seed.outcome ?? null,
      status: seed.outcome ? "closed" : seed.declinedAt ? "declined" : seed.acceptedAt ? "accepted" : "new",
    },
  });
}

describe.each(testEngines)("handover figures for the policy team (%s)", (engine) => {
  const db = demoDatabase(engine);

  async function seed() {
    const team = await db.prisma.team.create({ data: { name: "Wijkteam Noord", municipalityCode: "GM0344" } });
    const other = await db.prisma.service.findFirst({ where: { id: { not: YOUTH_SERVICE }, status: "active" }, select: { id: true } });
    // Monday 5 October 2026, 9.00 in the Netherlands. Answers after 0, 1, 2, 3, 4 working days and on the next Monday (5).
    const monday = "2026-10-05T07:00:00Z";
    const answered = ["2026-10-05T12:00:00Z", "2026-10-06T08:00:00Z", "2026-10-07T08:00:00Z", "2026-10-08T08:00:00Z", "2026-10-09T08:00:00Z", "2026-10-12T08:00:00Z"];
    for (const [index, at] of answered.entries()) {
      await request(db.prisma, { origin: "staff", createdAt: monday, acceptedAt: at, teamId: team.id, outcome: index < 5 ? "supported" : "unreachable" });
    }
    // Just after midnight on 1 October in the Netherlands (still 30 September in UTC): October, no answer yet.
    await request(db.prisma, { origin: "staff", createdAt: "2026-09-30T22:30:00Z", teamId: team.id });
    // Residents' own requests: five declined the next day, one waiting.
    for (let i = 0; i < 5; i++) await request(db.prisma, { origin: "resident", createdAt: monday, declinedAt: "2026-10-06T10:00:00Z" });
    await request(db.prisma, { origin: "resident", createdAt: monday });
    // Another service in September, without a team: too few to show.
    for (let i = 0; i < 2; i++) await request(db.prisma, { service: other!.id, origin: "staff", createdAt: "2026-09-15T10:00:00Z", acceptedAt: "2026-09-15T11:00:00Z" });
    // Outside the period: 31 August 23.59 and 1 November 0.30 in the Netherlands.
    await request(db.prisma, { origin: "staff", createdAt: "2026-08-31T21:59:00Z", acceptedAt: "2026-09-01T08:00:00Z", teamId: team.id, outcome: "supported" });
    await request(db.prisma, { origin: "resident", createdAt: "2026-10-31T23:30:00Z", declinedAt: "2026-11-02T08:00:00Z" });
    return { other: other!.id };
  }

  it("counts per service and team per month, the working days to a first answer, the share declined and the outcomes; small counts hidden", async () => {
    const { other } = await seed();
    const figures = await handoverFigures(db.prisma, PERIOD, "nl");
    const youth = figures.perService.find((row) => row.service === YOUTH_SERVICE);
    expect(figures.perService.filter((row) => row.service === YOUTH_SERVICE)).toEqual([{ service: YOUTH_SERVICE, name: youth!.name, month: "2026-10", handovers: 7, residents: 6 }]);
    expect(figures.perService.find((row) => row.service === other)).toMatchObject({ month: "2026-09", handovers: null, residents: null });
    expect(figures.perTeam).toEqual([
      { team: "Wijkteam Noord", month: "2026-10", handovers: 7 },
      { team: null, month: "2026-09", handovers: null },
    ]);
    // Answer days of the youth service: 0, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5 (eleven answers): median the 6th, p90 the 10th.
    const response = figures.response.services.find((row) => row.service === YOUTH_SERVICE);
    expect(response).toMatchObject({ answered: 11, median: 1, p90: 4, waiting: null });
    expect(figures.response.services.find((row) => row.service === other)).toMatchObject({ answered: null, median: null, p90: null });
    // All together: the two same-day answers of the other service come first: 0, 0, 0, 1 × 6, 2, 3, 4, 5 → 13 answers.
    expect(figures.response.all).toEqual({ answered: 13, median: 1, p90: 4 });
    expect(figures.declined.find((row) => row.service === YOUTH_SERVICE)).toMatchObject({
      requests: 13,
      declined: 5,
      share: 38,
      reasons: { no_capacity: 5, not_our_help: null, outside_area: null, other: null },
    });
    expect(figures.declined.find((row) => row.service === other)).toMatchObject({ requests: null, declined: null, share: null });
    const kind = (await serviceSummary(db.prisma, YOUTH_SERVICE))?.kind ?? "unknown";
    expect(figures.outcomes).toEqual([{ kind, counts: { supported: 5, unreachable: null, no_longer_wanted: null, referred_elsewhere: null, other: null } }]);

    // The CSV: the same rows, months as codes, "minder dan 5" instead of any count under 5, and never a resident's words.
    const tables = await handoverTables(figures, "nl", "csv");
    const csv = Object.fromEntries(tables.map((table) => [table.id, csvTable([table.header, ...table.rows])]));
    expect(csv["handovers-team"]).toBe("\uFEFFTeam,Maand,Overdrachten\r\nWijkteam Noord,2026-10,7\r\nZonder team,2026-09,minder dan 5\r\n");
    expect(csv.response).toContain(`${youth!.name},11,1,4,minder dan 5\r\n`);
    expect(csv.response).toContain("Alle diensten samen,niet getoond,1,4,\r\n");
    expect(csv.declined).toContain("Dienst,Aanvragen en overdrachten,Afgewezen,Deel afgewezen in procenten,Wij hebben nu geen plek,Deze vraag past niet bij onze hulp,De inwoner woont buiten ons gebied,Iets anders\r\n");
    expect(csv.declined).toContain(`${youth!.name},13,5,38,5,minder dan 5,minder dan 5,minder dan 5\r\n`);
    expect(csv.outcomes?.split("\r\n")[1]).toMatch(/,5,minder dan 5,minder dan 5,minder dan 5,minder dan 5$/);
    const everything = Object.values(csv).join("");
    // The provider's own words ("Wij hebben geen plek voor mevrouw Yılmaz") are never read, only the kind of reason.
    expect(everything).not.toMatch(/Yılmaz|mevrouw/);
    const countColumns: Record<string, number[]> = { "handovers-service": [2, 3], "handovers-team": [2], response: [1, 4], declined: [1, 2, 4, 5, 6, 7], outcomes: [1, 2, 3, 4, 5] };
    for (const table of tables) {
      for (const row of table.rows) for (const column of countColumns[table.id]!) expect(row[column]).not.toMatch(/^[0-4]$/);
    }

    // The page's words: month names, working days, percentages.
    const page = await handoverTables(figures, "nl", "page");
    expect(page.find((table) => table.id === "response")?.rows.find((row) => row[0] === youth!.name)).toEqual([youth!.name, "11", "1 werkdag", "4 werkdagen", "minder dan 5"]);
    expect(page.find((table) => table.id === "handovers-team")?.rows[0]).toEqual(["Wijkteam Noord", "oktober 2026", "7"]);
    expect(page.find((table) => table.id === "declined")?.rows.find((row) => row[0] === youth!.name)?.[3]).toBe("38%");
  });

  it("an empty period has no rows and no median", async () => {
    const figures = await handoverFigures(db.prisma, { from: "2025-01", to: "2025-02" }, "en");
    expect(figures).toMatchObject({ perService: [], perTeam: [], declined: [], outcomes: [], response: { services: [], all: { answered: null, median: null, p90: null } } });
  });
});
