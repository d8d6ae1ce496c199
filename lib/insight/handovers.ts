import "server-only";
import { localise } from "@/lib/catalogue/localise";
import { serviceSummaries } from "@/lib/catalogue/service-summary";
import { DECLINE_CODES, type DeclineCode } from "@/lib/contact-requests/schema";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import {
  answerSpreads,
  declinedShare,
  outcomesByKind,
  responseFigure,
  shown,
  type AnswerDays,
  type Count,
  type Outcome,
  type ResponseFigure,
} from "./handover-figures";
import { addMonths, type MonthPeriod } from "./handover-period";

/**
 * The handover figures from the database, computed in SQL: every query groups and counts,
 * none returns a request (nor anything of a resident). Months and days are Dutch calendar
 * ones (Europe/Amsterdam). Service names come from the catalogue's summaries.
 */
export type ServiceMonth = { service: string; name: string; month: string; handovers: Count; residents: Count };
export type TeamMonth = { team: string | null; month: string; handovers: Count };
export type ServiceResponse = { service: string; name: string; waiting: Count } & ResponseFigure;
export type ServiceDeclined = { service: string; name: string; requests: Count; declined: Count; share: number | null; reasons: Record<DeclineCode, Count> };

export type HandoverFigures = {
  period: MonthPeriod;
  perService: ServiceMonth[];
  perTeam: TeamMonth[];
  response: { services: ServiceResponse[]; all: ResponseFigure };
  declined: ServiceDeclined[];
  outcomes: Array<{ kind: string; counts: Record<Outcome, Count> }>;
};

// Every query names the table `r`: the team's table has a createdAt too.
const DUTCH = (column: string) => Prisma.sql`((${Prisma.raw(`r."${column}"`)} at time zone 'UTC') at time zone 'Europe/Amsterdam')`;
const MONTH = Prisma.sql`to_char(${DUTCH("createdAt")}, 'YYYY-MM')`;

/** Requests made in the period: a wide bound the index can use, then the exact Dutch months. */
function inPeriod(period: MonthPeriod): Prisma.Sql {
  const after = new Date(`${period.from}-01T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() - 1);
  const before = new Date(`${addMonths(period.to, 1)}-01T00:00:00Z`);
  before.setUTCDate(before.getUTCDate() + 1);
  return Prisma.sql`r."createdAt" >= ${after} and r."createdAt" < ${before} and ${MONTH} between ${period.from} and ${period.to}`;
}

const n = (value: bigint | number) => Number(value);

export async function handoverFigures(prisma: PrismaClient, period: MonthPeriod, locale: string): Promise<HandoverFigures> {
  const where = inPeriod(period);
  const [monthly, teams, answers, declines, outcomes, reasons] = await Promise.all([
    prisma.$queryRaw<Array<{ service: string; month: string; handovers: bigint; residents: bigint }>>`
      select "serviceId"::text as service, ${MONTH} as month,
        count(*) filter (where "origin" = 'staff') as handovers, count(*) filter (where "origin" = 'resident') as residents
      from "ContactRequest" r where ${where} group by 1, 2`,
    prisma.$queryRaw<Array<{ team: string | null; month: string; handovers: bigint }>>`
      select t."name" as team, ${MONTH} as month, count(*) as handovers
      from "ContactRequest" r left join "Team" t on t."id" = r."teamId"
      where r."origin" = 'staff' and ${where} group by 1, 2`,
    prisma.$queryRaw<Array<{ key: string; created: string; answered: string; count: bigint }>>`
      select "serviceId"::text as key, to_char(${DUTCH("createdAt")}, 'YYYY-MM-DD') as created,
        to_char((least("acceptedAt", "declinedAt") at time zone 'UTC') at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as answered, count(*) as count
      from "ContactRequest" r where ${where} and least("acceptedAt", "declinedAt") is not null group by 1, 2, 3`,
    prisma.$queryRaw<Array<{ service: string; requests: bigint; declined: bigint; waiting: bigint }>>`
      select "serviceId"::text as service, count(*) as requests, count(*) filter (where "declinedAt" is not null) as declined,
        count(*) filter (where "acceptedAt" is null and "declinedAt" is null) as waiting
      from "ContactRequest" r where ${where} group by 1`,
    prisma.$queryRaw<Array<{ service: string; outcome: Outcome; count: bigint }>>`
      select "serviceId"::text as service, "outcome"::text as outcome, count(*) as count
      from "ContactRequest" r where ${where} and "outcome" is not null group by 1, 2`,
    // The kinds of reason only: the provider's own words are never read here.
    prisma.$queryRaw<Array<{ service: string; code: DeclineCode; count: bigint }>>`
      select "serviceId"::text as service, coalesce("declineCode"::text, 'other') as code, count(*) as count
      from "ContactRequest" r where ${where} and "declinedAt" is not null group by 1, 2`,
  ]);
  const reasonCounts = (service: string) =>
    Object.fromEntries(DECLINE_CODES.map((code) => [code, shown(n(reasons.find((row) => row.service === service && row.code === code)?.count ?? 0))])) as Record<DeclineCode, Count>;
  const summaries = await serviceSummaries(prisma, [...new Set([...monthly.map((row) => row.service), ...outcomes.map((row) => row.service)])]);
  const name = (service: string) => localise(summaries.get(service)?.name, locale)?.text ?? service;
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, locale);
  const spreads = answerSpreads(answers.map((row): AnswerDays => ({ ...row, count: n(row.count) })));
  return {
    period,
    perService: monthly
      .map((row) => ({ service: row.service, name: name(row.service), month: row.month, handovers: shown(n(row.handovers)), residents: shown(n(row.residents)) }))
      .sort((a, b) => byName(a, b) || a.month.localeCompare(b.month)),
    perTeam: teams
      .map((row) => ({ team: row.team, month: row.month, handovers: shown(n(row.handovers)) }))
      .sort((a, b) => (a.team ?? "\uffff").localeCompare(b.team ?? "\uffff", locale) || a.month.localeCompare(b.month)),
    response: {
      services: declines
        .map((row) => ({ service: row.service, name: name(row.service), waiting: shown(n(row.waiting)), ...responseFigure(spreads.byKey.get(row.service) ?? []) }))
        .sort(byName),
      all: responseFigure(spreads.all),
    },
    declined: declines
      .map((row) => ({ service: row.service, name: name(row.service), requests: shown(n(row.requests)), declined: shown(n(row.declined)), share: declinedShare(n(row.requests), n(row.declined)), reasons: reasonCounts(row.service) }))
      .sort(byName),
    outcomes: outcomesByKind(outcomes.map((row) => ({ kind: summaries.get(row.service)?.kind ?? "unknown", outcome: row.outcome, count: n(row.count) }))),
  };
}

/** handoverFigures on the portal's database. */
export async function currentHandoverFigures(period: MonthPeriod, locale: string): Promise<HandoverFigures> {
  const { getPrisma } = await import("@/lib/db/client");
  return handoverFigures(await getPrisma(), period, locale);
}
