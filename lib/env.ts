import path from "node:path";
import { z } from "zod";

/**
 * The portal's configuration, read once from the environment and validated.
 * A wrong setting stops start-up with one sentence that names it (ConfigError),
 * never with a stack trace.
 */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(message);
    this.name = "ConfigError";
  }
}

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  });

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().optional(),
  PORT: z.string().optional(),
  RETENTION_DAYS: z.string().optional(),
  SEED_DEMO_CATALOGUE: z.string().optional(),
});

export const DEFAULT_RETENTION_DAYS = 90;

export type Env = {
  /** Set: PostgreSQL server. Unset: embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  /** Holds the embedded database (pglite/) and uploads (uploads/). */
  dataDir: string;
  port: number;
  /** Load the demo catalogue into an empty database at start (off in production). */
  seedDemoCatalogue: boolean;
  /** Days after closing before residents' personal data in contact requests is erased. */
  retentionDays: number;
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  const raw = envSchema.parse(source);
  const databaseUrl = raw.DATABASE_URL?.trim() || undefined;
  if (databaseUrl !== undefined && !postgresUrl.safeParse(databaseUrl).success) {
    throw new ConfigError(
      "DATABASE_URL",
      "DATABASE_URL is not a PostgreSQL address: use the form postgres://user:password@host:5432/database, or leave it unset to use the embedded database.",
    );
  }
  const dataDir = path.resolve(raw.DATA_DIR?.trim() || "data");
  const port = raw.PORT === undefined || raw.PORT.trim() === "" ? 3000 : Number(raw.PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError("PORT", `PORT must be a whole number from 1 to 65535, not "${raw.PORT}".`);
  }
  const seed = (raw.SEED_DEMO_CATALOGUE ?? "true").trim().toLowerCase();
  if (seed !== "true" && seed !== "false") {
    throw new ConfigError("SEED_DEMO_CATALOGUE", `SEED_DEMO_CATALOGUE must be true or false, not "${raw.SEED_DEMO_CATALOGUE}".`);
  }
  const retentionRaw = raw.RETENTION_DAYS?.trim();
  const retentionDays = retentionRaw ? Number(retentionRaw) : DEFAULT_RETENTION_DAYS;
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    throw new ConfigError("RETENTION_DAYS", `RETENTION_DAYS must be a whole number of days (1 or more), not "${raw.RETENTION_DAYS}".`);
  }
  return { databaseUrl, dataDir, port, seedDemoCatalogue: seed === "true", retentionDays };
}

let cached: Env | undefined;

/** The validated configuration of this process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
