import { Prisma } from "@/lib/generated/prisma/client";
import type { Change } from "./diff";

/**
 * Small helpers between planned rows and Prisma: JSON nulls, batching, version
 * bumps. Batches keep every statement small (MAX_PARAMETERS).
 */
const JSON_COLUMNS = [
  "description", "accessTeamName", "accessTeamDescription", "applicationProcess",
  "feesDescription", "eligibilityDescription", "transportation", "bio",
] as const;
type JsonColumn = (typeof JSON_COLUMNS)[number];
const isJsonColumn = (key: string): key is JsonColumn => (JSON_COLUMNS as readonly string[]).includes(key);

type DbReady<T> = {
  [K in keyof T]: K extends JsonColumn ? Exclude<T[K], null> | (null extends T[K] ? typeof Prisma.DbNull : never) : T[K];
};

/** A nullable JSON column is cleared with `Prisma.DbNull`, not `null` (which Prisma reserves). */
export function dbRow<T extends object>(row: T): DbReady<T> {
  const out = { ...row } as Record<string, unknown>;
  for (const key of Object.keys(out)) if (out[key] === null && isJsonColumn(key)) out[key] = Prisma.DbNull;
  return out as DbReady<T>;
}

// Far below PostgreSQL's limit of 65,535: Prisma compiles each statement with all its values
// in WebAssembly memory, which keeps the size of the largest statement for good, and every
// statement leaves garbage that the JavaScript heap only gives back at its next full
// collection. A smaller batch leaves less at once: with 1,000 values per statement a
// 5,000-service import on PostgreSQL peaked at 630 MB instead of 892 MB (300 values: 547 MB,
// but 40 % slower). Measured with `npm run bench:import`.
const MAX_PARAMETERS = 1_000;

export async function inBatches<T>(rows: T[], columnsPerRow: number, write: (batch: T[]) => Promise<unknown>): Promise<void> {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columnsPerRow)));
  for (let start = 0; start < rows.length; start += size) await write(rows.slice(start, start + size));
}

export async function createRows<T extends object>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  if (rows.length === 0) return;
  await inBatches(rows, Object.keys(rows[0] as object).length, write);
}

/** Deletes by key in batches; `remove` receives one batch of keys. */
export async function deleteKeys(keys: string[], remove: (batch: string[]) => Promise<unknown>): Promise<void> {
  if (keys.length > 0) await inBatches(keys, 1, remove);
}

/** The update of a changed record: its columns when they differ, and always one version more. */
export function updateData<C extends object>(change: Change<C>) {
  const columns = change.columnsChanged ? dbRow(change.wanted.columns) : {};
  return { ...columns, version: { increment: 1 } };
}
