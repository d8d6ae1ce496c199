import path from "node:path";
import { ROLES, type Role } from "@/lib/auth/roles";
import { smtpTarget } from "@/lib/mail/smtp-url";

/**
 * The portal's configuration: every setting of the README's table, read once from the
 * environment and checked. A wrong setting stops start-up with one sentence that names
 * it (ConfigError), never with a stack trace. Only pure constant modules may be imported
 * here, so that any layer can read its settings.
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

/** Sign-in through the municipality's identity provider (OpenID Connect); roles come from one claim. */
export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  roleClaim: string;
  roleMap: Map<string, Role>;
};

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
  /** Seconds between runs of the retention purge; with several servers on one database one of them runs each period. */
  retentionIntervalSeconds: number;
  /** Residents' contact requests one service accepts an hour, so no inbox can be flooded. */
  contactRequestsPerService: number;
  /** Residents' contact requests one address may send an hour. */
  contactRequestsPerAddress: number;
  /** Working days a request may stay new or opened before it is overdue and its maker is told once. */
  reminderWorkingDays: number;
  /** Months after a person last checked a service before residents are told to call first and it joins the editors' queue. */
  freshnessMonths: number;
  /** How many reverse proxies in front of the portal append to X-Forwarded-For (0: none, the socket address counts). */
  trustedProxyHops: number;
  /** The address visitors use (`https://hulp.gemeente.nl`), an origin without a path; unset: the Host header (development). */
  publicOrigin: string | undefined;
  /** Minutes without a request after which a staff session ends. */
  sessionIdleMinutes: number;
  /** The mail server notices go through (lib/mail); unset: no notice is queued or sent. */
  smtp: { url: string; from: string } | undefined;
  /** Seconds between looks at the mail outbox for notices due to be sent. */
  mailIntervalSeconds: number;
  /** Seconds between runs of the overdue reminder job (one server per period). */
  reminderIntervalSeconds: number;
  /** Unset (null): staff sign in with a password only. */
  oidc: OidcConfig | null;
  /** The licence open data is published under (the HSDS API and the downloads). */
  openDataLicence: OpenDataLicence;
  /** Password accounts must use a second factor (TOTP); on by default in production. */
  requireTotp: boolean;
  /** The least severe server log lines written (lib/log.ts); `silent` writes none. */
  logLevel: LogLevel;
};

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function parseLogLevel(source: Source): LogLevel {
  const raw = (read(source, "LOG_LEVEL") ?? "info").toLowerCase();
  const found = LOG_LEVELS.find((level) => level === raw);
  if (!found) throw new ConfigError("LOG_LEVEL", `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, not ${quoted(source.LOG_LEVEL)}.`);
  return found;
}

export const OPEN_DATA_LICENCES = {
  "CC0-1.0": { title: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
  "CC-BY-4.0": { title: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
} as const;
export type OpenDataLicence = keyof typeof OPEN_DATA_LICENCES;

function parseLicence(source: Source): OpenDataLicence {
  const raw = read(source, "OPEN_DATA_LICENCE") ?? "CC0-1.0";
  const found = (Object.keys(OPEN_DATA_LICENCES) as OpenDataLicence[]).find((id) => id.toLowerCase() === raw.toLowerCase());
  if (!found) throw new ConfigError("OPEN_DATA_LICENCE", `OPEN_DATA_LICENCE must be CC0-1.0 or CC-BY-4.0, not ${quoted(source.OPEN_DATA_LICENCE)}.`);
  return found;
}

export const DEFAULT_RETENTION_DAYS = 90;
const DEFAULT_SMTP_FROM = "Clientondersteuning <noreply@localhost>";

type Source = Record<string, string | undefined>;

/** A value as the message shows it: quoted, with a line break written as \n so the message stays one line. */
const quoted = (value: string | undefined): string => JSON.stringify(value ?? "");

/** A set value, trimmed; an empty one counts as unset. */
const read = (source: Source, setting: string): string | undefined => source[setting]?.trim() || undefined;

function wholeNumber(source: Source, setting: string, fallback: number, min: number, max: number, rule: string): number {
  const raw = read(source, setting);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(setting, `${setting} must be ${rule}, not ${quoted(source[setting])}.`);
  }
  return value;
}

function trueOrFalse(source: Source, setting: string, fallback: boolean): boolean {
  const raw = (read(source, setting) ?? String(fallback)).toLowerCase();
  if (raw !== "true" && raw !== "false") throw new ConfigError(setting, `${setting} must be true or false, not ${quoted(source[setting])}.`);
  return raw === "true";
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
  } catch {
    return false;
  }
}

function parseSmtp(source: Source): Env["smtp"] {
  const url = read(source, "SMTP_URL");
  if (url !== undefined && !/^smtps?:\/\/[^/\s]+/i.test(url)) {
    throw new ConfigError("SMTP_URL", "SMTP_URL must look like smtp://user:password@host:25 or smtps://host:465, or be left unset.");
  }
  if (url !== undefined) {
    try {
      smtpTarget(url);
    } catch {
      throw new ConfigError("SMTP_URL", "SMTP_URL's starttls may only be required or off (smtp:// only), as in smtp://host:587?starttls=required.");
    }
  }
  const from = read(source, "SMTP_FROM");
  // One address, optionally with a name; a line break would let it write mail headers of its own.
  if (from !== undefined && !/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(from)) {
    throw new ConfigError("SMTP_FROM", `SMTP_FROM must be one e-mail address, optionally with a name as in "Gemeente <noreply@gemeente.nl>", not ${quoted(source.SMTP_FROM)}.`);
  }
  return url ? { url, from: from ?? DEFAULT_SMTP_FROM } : undefined;
}

/** An http(s) origin without path, query or credentials; a trailing slash is allowed. */
function parsePublicOrigin(source: Source): string | undefined {
  const value = read(source, "PUBLIC_ORIGIN");
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const plain = url && (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password && url.pathname === "/" && !url.search && !url.hash;
  if (!url || !plain) {
    throw new ConfigError("PUBLIC_ORIGIN", `PUBLIC_ORIGIN must be the address visitors use, such as https://hulp.gemeente.nl (no path), not ${quoted(value)}.`);
  }
  return url.origin;
}

function parseRoleMap(value: string): Map<string, Role> {
  const map = new Map<string, Role>();
  for (const pair of value.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [claim, role] = pair.split("=").map((p) => p?.trim());
    if (!claim || !role || !(ROLES as readonly string[]).includes(role)) {
      throw new ConfigError("OIDC_ROLE_MAP", `OIDC_ROLE_MAP must look like "wijkteam=staff,beleid=editor" with roles ${ROLES.join(", ")}; ${quoted(pair)} is not.`);
    }
    map.set(claim, role as Role);
  }
  return map;
}

/** The client secret goes to the issuer, so plain http is only accepted on this machine (a test provider). */
function isIssuerUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || (url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname));
  } catch {
    return false;
  }
}

function parseOidc(source: Source): OidcConfig | null {
  const issuer = read(source, "OIDC_ISSUER");
  if (!issuer) {
    const stray = ["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_ROLE_CLAIM", "OIDC_ROLE_MAP"].find((setting) => read(source, setting));
    if (stray) throw new ConfigError(stray, `${stray} is set but OIDC_ISSUER is not: set OIDC_ISSUER to sign in through the identity provider, or remove ${stray}.`);
    return null;
  }
  if (!isIssuerUrl(issuer)) throw new ConfigError("OIDC_ISSUER", `OIDC_ISSUER must be the https:// address of the identity provider, not ${quoted(issuer)}.`);
  const clientId = read(source, "OIDC_CLIENT_ID");
  const clientSecret = read(source, "OIDC_CLIENT_SECRET");
  if (!clientId) throw new ConfigError("OIDC_CLIENT_ID", "OIDC_ISSUER is set, so OIDC_CLIENT_ID must be set too.");
  if (!clientSecret) throw new ConfigError("OIDC_CLIENT_SECRET", "OIDC_ISSUER is set, so OIDC_CLIENT_SECRET must be set too.");
  const roleClaim = read(source, "OIDC_ROLE_CLAIM") ?? "roles";
  if (/[\s,]/.test(roleClaim)) throw new ConfigError("OIDC_ROLE_CLAIM", `OIDC_ROLE_CLAIM must be the name of one claim, such as roles or groups, not ${quoted(roleClaim)}.`);
  const roleMap = parseRoleMap(source.OIDC_ROLE_MAP ?? "");
  if (roleMap.size === 0) throw new ConfigError("OIDC_ROLE_MAP", "OIDC_ISSUER is set, so OIDC_ROLE_MAP must name at least one role, such as wijkteam=staff.");
  return { issuer: issuer.replace(/\/$/, ""), clientId, clientSecret, roleClaim, roleMap };
}

export function parseEnv(source: Source): Env {
  const databaseUrl = read(source, "DATABASE_URL");
  if (databaseUrl !== undefined && !isPostgresUrl(databaseUrl)) {
    throw new ConfigError(
      "DATABASE_URL",
      "DATABASE_URL is not a PostgreSQL address: use the form postgres://user:password@host:5432/database, or leave it unset to use the embedded database.",
    );
  }
  return {
    databaseUrl,
    // Whether it can be written is checked when the database is opened (lib/db/data-dir.ts).
    dataDir: path.resolve(read(source, "DATA_DIR") ?? "data"),
    port: wholeNumber(source, "PORT", 3000, 1, 65535, "a whole number from 1 to 65535"),
    seedDemoCatalogue: trueOrFalse(source, "SEED_DEMO_CATALOGUE", true),
    retentionDays: wholeNumber(source, "RETENTION_DAYS", DEFAULT_RETENTION_DAYS, 1, Number.MAX_SAFE_INTEGER, "a whole number of days (1 or more)"),
    retentionIntervalSeconds: wholeNumber(source, "RETENTION_INTERVAL_SECONDS", 3600, 2, 86_400, "a whole number of seconds from 2 to 86400"),
    contactRequestsPerService: wholeNumber(source, "CONTACT_REQUESTS_PER_SERVICE", 20, 1, 10_000, "a whole number from 1 to 10000"),
    contactRequestsPerAddress: wholeNumber(source, "CONTACT_REQUESTS_PER_ADDRESS", 5, 1, 1000, "a whole number from 1 to 1000"),
    reminderWorkingDays: wholeNumber(source, "REMINDER_WORKING_DAYS", 3, 1, 30, "a whole number of working days from 1 to 30"),
    freshnessMonths: wholeNumber(source, "FRESHNESS_MONTHS", 12, 1, 120, "a whole number of months from 1 to 120"),
    trustedProxyHops: wholeNumber(source, "TRUSTED_PROXY_HOPS", 0, 0, 10, "a whole number from 0 to 10"),
    publicOrigin: parsePublicOrigin(source),
    sessionIdleMinutes: wholeNumber(source, "SESSION_IDLE_MINUTES", 30, 1, 1440, "a whole number of minutes from 1 to 1440"),
    smtp: parseSmtp(source),
    mailIntervalSeconds: wholeNumber(source, "MAIL_INTERVAL_SECONDS", 30, 1, 3600, "a whole number of seconds from 1 to 3600"),
    reminderIntervalSeconds: wholeNumber(source, "REMINDER_INTERVAL_SECONDS", 3600, 2, 86_400, "a whole number of seconds from 2 to 86400"),
    oidc: parseOidc(source),
    openDataLicence: parseLicence(source),
    requireTotp: trueOrFalse(source, "REQUIRE_TOTP", source.NODE_ENV === "production"),
    logLevel: parseLogLevel(source),
  };
}

let cached: Env | undefined;

/** The validated configuration of this process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
