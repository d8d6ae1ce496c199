import type { Client } from "./stored";

/**
 * Inserts the new rows of one catalogue table, a batch per statement, each batch sent
 * as ONE JSON text that PostgreSQL unpacks itself (`json_populate_recordset`); a batch is
 * at most 500 rows and 50,000 characters.
 *
 * Why not `createMany`: Prisma compiles every statement with all its values in its
 * WebAssembly memory (which keeps the size of the largest statement for good) and
 * leaves several copies of each value as garbage; a 5,000-service import peaked at
 * 630 MB on PostgreSQL that way. One text per batch leaves next to nothing behind
 * (README, "Memory"). Updates and deletions stay Prisma statements: they are few.
 *
 * What Prisma would fill in itself is filled in here: `updatedAt` of the versioned
 * tables, and the id of child rows that have none (`gen_random_uuid()`, PostgreSQL 13+,
 * as every id is a UUID). Enum values with a database name of their own are renamed.
 */
const TABLES = {
  Municipality: { stamped: true },
  Taxonomy: { stamped: true },
  TaxonomyTerm: { stamped: true },
  Organization: { stamped: true },
  OrganizationIdentifier: { generatedId: true },
  Phone: { generatedId: true },
  Location: { stamped: true },
  LocationAccessibility: { generatedId: true },
  Service: { stamped: true, renamed: { status: { temporarily_closed: "temporarily closed" } } },
  ServiceArea: {},
  ServiceAttribute: {},
  ServiceAtLocation: {},
  Schedule: { generatedId: true },
  Supporter: { stamped: true },
  SupporterLivedExperience: {},
  CatalogueChange: { generatedId: true },
} satisfies Record<string, { stamped?: true; generatedId?: true; renamed?: Record<string, Record<string, string>> }>;

export type CatalogueTable = keyof typeof TABLES;

const ROWS_PER_STATEMENT = 500;
/**
 * And at most this much JSON text. A string over 128 KB is allocated in V8's large-object
 * space, which only a full collection empties; one "ë" makes V8 store the whole text with
 * two bytes a character, so 50,000 characters stay under that. PGlite copies each statement
 * into its WebAssembly memory, which never shrinks. 500 services were some 600 KB.
 */
const CHARACTERS_PER_STATEMENT = 50_000;

export async function insertRows(tx: Client, table: CatalogueTable, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const spec: { stamped?: true; generatedId?: true; renamed?: Record<string, Record<string, string>> } = TABLES[table];
  const columns = Object.keys(rows[0]!);
  const quoted = columns.map((c) => `"${c}"`);
  const into = [...quoted];
  const values = [...quoted];
  if (spec.stamped && !columns.includes("updatedAt")) {
    into.push(`"updatedAt"`);
    values.push("now()");
  }
  if (spec.generatedId && !columns.includes("id")) {
    into.push(`"id"`);
    values.push("gen_random_uuid()");
  }
  const sql = `INSERT INTO "${table}" (${into.join(", ")}) SELECT ${values.join(", ")} FROM json_populate_recordset(NULL::"${table}", $1::json)`;
  const renamed = spec.renamed;
  const replacer = renamed
    ? (key: string, value: unknown) => (typeof value === "string" && renamed[key]?.[value]) || value
    : undefined;
  let batch: string[] = [];
  let characters = 0;
  for (const row of rows) {
    const text = JSON.stringify(row, replacer);
    if (batch.length > 0 && (batch.length >= ROWS_PER_STATEMENT || characters + text.length > CHARACTERS_PER_STATEMENT)) {
      await tx.$executeRawUnsafe(sql, `[${batch.join(",")}]`);
      batch = [];
      characters = 0;
    }
    batch.push(text);
    characters += text.length + 1;
  }
  await tx.$executeRawUnsafe(sql, `[${batch.join(",")}]`);
}
