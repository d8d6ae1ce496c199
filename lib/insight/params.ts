import { z } from "zod";
import { parseMunicipalityCode } from "@/lib/catalogue/url-params";
import { DEMAND_GROUPS, SUPPLY_GROUPS } from "./figures";

/** The periods a policy officer can choose, in days back from today. */
export const PERIODS = ["30", "90", "365"] as const;
export const TABLES = [...SUPPLY_GROUPS.map((group) => `supply-${group}` as const), ...DEMAND_GROUPS.map((group) => `demand-${group}` as const)];
export type InsightTable = (typeof TABLES)[number];

type Query = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => [value ?? []].flat()[0];

/**
 * The dashboard's address: `gemeente` (a municipality code; the first one when missing
 * or unknown is decided by the caller), `periode` (days; 90 when missing or odd) and,
 * for a download, `tabel`. Odd values are left out, never an error.
 */
export function parseInsightQuery(query: Query) {
  return {
    municipality: parseMunicipalityCode(query.gemeente),
    days: Number(z.enum(PERIODS).catch("90").parse(first(query.periode))),
    table: z.enum(TABLES as [InsightTable, ...InsightTable[]]).optional().catch(undefined).parse(first(query.tabel)),
  };
}

/** The first and last day (both included, UTC dates) of the `days` days up to `today`. */
export function periodEnding(today: Date, days: number): { from: Date; to: Date } {
  const to = new Date(`${today.toISOString().slice(0, 10)}T00:00:00Z`);
  return { from: new Date(to.getTime() - (days - 1) * 86_400_000), to };
}
