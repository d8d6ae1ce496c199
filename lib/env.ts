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
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().optional(),
  TRUSTED_PROXY_HOPS: z.string().optional(),
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
  /** How many reverse proxies in front of the portal append to X-Forwarded-For. */
  trustedProxyHops: number;
  /** Where notices of new contact requests are mailed from; unset: no mail. */
  smtp: { url: string; from: string } | undefined;
};

const DEFAULT_SMTP_FROM = "Clientondersteuning <noreply@localhost>";

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
  const hopsRaw = raw.TRUSTED_PROXY_HOPS?.trim();
  const trustedProxyHops = hopsRaw ? Number(hopsRaw) : 1;
  if (!Number.isInteger(trustedProxyHops) || trustedProxyHops < 0 || trustedProxyHops > 10) {
    throw new ConfigError("TRUSTED_PROXY_HOPS", `TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${raw.TRUSTED_PROXY_HOPS}".`);
  }
  const smtpUrl = raw.SMTP_URL?.trim() || undefined;
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^/\s]+/i.test(smtpUrl)) {
    throw new ConfigError("SMTP_URL", "SMTP_URL must look like smtp://user:password@host:25 or smtps://host:465, or be left unset.");
  }
  const smtp = smtpUrl ? { url: smtpUrl, from: raw.SMTP_FROM?.trim() || DEFAULT_SMTP_FROM } : undefined;
  return { databaseUrl, dataDir, port, seedDemoCatalogue: seed === "true", retentionDays, trustedProxyHops, smtp };
}

let cached: Env | undefined;

/** The validated configuration of this process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
