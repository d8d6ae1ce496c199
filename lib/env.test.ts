import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

/** The setting a source is refused for, and the sentence it gets. */
function refusal(source: Record<string, string>): { setting: string; message: string } {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return { setting: error.setting, message: error.message };
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(source)}`);
}

const oidc = { OIDC_ISSUER: "https://id.gemeente.nl/realms/portal", OIDC_CLIENT_ID: "portal", OIDC_CLIENT_SECRET: "geheim", OIDC_ROLE_MAP: "wijkteam=staff" };

describe("parseEnv", () => {
  it("defaults to the embedded database in ./data on port 3000, no mail, passwords only", () => {
    expect(parseEnv({})).toEqual({
      databaseUrl: undefined,
      dataDir: path.resolve("data"),
      port: 3000,
      seedDemoCatalogue: true,
      retentionDays: 90,
      retentionIntervalSeconds: 3600,
      contactRequestsPerService: 20,
      contactRequestsPerAddress: 5,
      reminderWorkingDays: 3,
      freshnessMonths: 12,
      trustedProxyHops: 0,
      publicOrigin: undefined,
      sessionIdleMinutes: 30,
      smtp: undefined,
      mailIntervalSeconds: 30,
      reminderIntervalSeconds: 3600,
      oidc: null,
      openDataLicence: "CC0-1.0",
      requireTotp: false,
      logLevel: "info",
    });
  });

  it("reads a good value of every setting; an empty one counts as unset", () => {
    const config = parseEnv({
      PORT: "8080",
      DATA_DIR: "/srv/portal",
      DATABASE_URL: "postgres://u:p@db.example:5432/portal",
      SEED_DEMO_CATALOGUE: "FALSE",
      SMTP_URL: "smtps://relay.gemeente.nl:465",
      SMTP_FROM: "Gemeente <noreply@gemeente.nl>",
      TRUSTED_PROXY_HOPS: "2",
      PUBLIC_ORIGIN: "https://hulp.gemeente.nl/",
      SESSION_IDLE_MINUTES: "15",
      RETENTION_DAYS: "30",
      RETENTION_INTERVAL_SECONDS: "60",
      CONTACT_REQUESTS_PER_SERVICE: "5",
      CONTACT_REQUESTS_PER_ADDRESS: "3",
      REMINDER_WORKING_DAYS: "5",
      FRESHNESS_MONTHS: "6",
      MAIL_INTERVAL_SECONDS: "5",
      REMINDER_INTERVAL_SECONDS: "600",
      OPEN_DATA_LICENCE: "cc-by-4.0",
      ...oidc,
      OIDC_ISSUER: "https://id.gemeente.nl/realms/portal/",
      OIDC_ROLE_CLAIM: "groups",
      OIDC_ROLE_MAP: "wijkteam=staff, beleid=editor",
      LOG_LEVEL: "Warn",
    });
    expect(config).toEqual({
      port: 8080,
      dataDir: "/srv/portal",
      databaseUrl: "postgres://u:p@db.example:5432/portal",
      seedDemoCatalogue: false,
      smtp: { url: "smtps://relay.gemeente.nl:465", from: "Gemeente <noreply@gemeente.nl>" },
      mailIntervalSeconds: 5,
      reminderIntervalSeconds: 600,
      trustedProxyHops: 2,
      publicOrigin: "https://hulp.gemeente.nl",
      sessionIdleMinutes: 15,
      retentionDays: 30,
      retentionIntervalSeconds: 60,
      contactRequestsPerService: 5,
      contactRequestsPerAddress: 3,
      reminderWorkingDays: 5,
      freshnessMonths: 6,
      openDataLicence: "CC-BY-4.0",
      oidc: {
        issuer: "https://id.gemeente.nl/realms/portal",
        clientId: "portal",
        clientSecret: "geheim",
        roleClaim: "groups",
        roleMap: new Map([["wijkteam", "staff"], ["beleid", "editor"]]),
      },
      requireTotp: false,
      logLevel: "warn",
    });
    expect(parseEnv({ LOG_LEVEL: "silent" }).logLevel).toBe("silent");
    expect(parseEnv({ PORT: " ", DATABASE_URL: "", SMTP_URL: "", RETENTION_DAYS: "", LOG_LEVEL: "" })).toEqual(parseEnv({}));
    expect(parseEnv({ SMTP_URL: "smtp://relay:587?starttls=required" }).smtp?.url).toBe("smtp://relay:587?starttls=required");
    expect(parseEnv({ SMTP_URL: "smtp://relay:25" }).smtp).toEqual({ url: "smtp://relay:25", from: "Clientondersteuning <noreply@localhost>" });
    expect(parseEnv({ SMTP_URL: "smtp://relay:25", SMTP_FROM: "noreply@gemeente.nl" }).smtp?.from).toBe("noreply@gemeente.nl");
    expect(parseEnv({ ...oidc, OIDC_ISSUER: "http://127.0.0.1:8080" }).oidc?.issuer).toBe("http://127.0.0.1:8080");
    expect(parseEnv(oidc).oidc?.roleClaim).toBe("roles");
  });

  it.each([
    ["PORT", { PORT: "0" }],
    ["PORT", { PORT: "70000" }],
    ["PORT", { PORT: "abc" }],
    ["PORT", { PORT: "80.5" }],
    ["DATABASE_URL", { DATABASE_URL: "mysql://u@h/db" }],
    ["DATABASE_URL", { DATABASE_URL: "not a url" }],
    ["DATABASE_URL", { DATABASE_URL: "postgres://" }],
    ["SEED_DEMO_CATALOGUE", { SEED_DEMO_CATALOGUE: "nee" }],
    ["REQUIRE_TOTP", { REQUIRE_TOTP: "ja" }],
    ["SMTP_URL", { SMTP_URL: "mail.gemeente.nl" }],
    ["SMTP_URL", { SMTP_URL: "http://mail.gemeente.nl" }],
    ["SMTP_URL", { SMTP_URL: "smtp://mail.gemeente.nl:587?starttls=perhaps" }],
    ["MAIL_INTERVAL_SECONDS", { MAIL_INTERVAL_SECONDS: "0" }],
    ["REMINDER_INTERVAL_SECONDS", { REMINDER_INTERVAL_SECONDS: "1" }],
    ["SMTP_FROM", { SMTP_URL: "smtp://relay:25", SMTP_FROM: "Gemeente" }],
    ["SMTP_FROM", { SMTP_FROM: "a@b.nl\nBcc: c@d.nl" }],
    ["TRUSTED_PROXY_HOPS", { TRUSTED_PROXY_HOPS: "-1" }],
    ["TRUSTED_PROXY_HOPS", { TRUSTED_PROXY_HOPS: "11" }],
    ["TRUSTED_PROXY_HOPS", { TRUSTED_PROXY_HOPS: "twee" }],
    ["PUBLIC_ORIGIN", { PUBLIC_ORIGIN: "hulp.gemeente.nl" }],
    ["PUBLIC_ORIGIN", { PUBLIC_ORIGIN: "https://hulp.gemeente.nl/portaal" }],
    ["SESSION_IDLE_MINUTES", { SESSION_IDLE_MINUTES: "0" }],
    ["RETENTION_DAYS", { RETENTION_DAYS: "0" }],
    ["RETENTION_DAYS", { RETENTION_DAYS: "90 dagen" }],
    ["RETENTION_DAYS", { RETENTION_DAYS: "1.5" }],
    ["OIDC_ISSUER", { ...oidc, OIDC_ISSUER: "id.gemeente.nl" }],
    ["OIDC_ISSUER", { ...oidc, OIDC_ISSUER: "http://id.gemeente.nl" }],
    ["OIDC_CLIENT_ID", { ...oidc, OIDC_CLIENT_ID: "" }],
    ["OIDC_CLIENT_ID", { OIDC_CLIENT_ID: "portal" }],
    ["OIDC_CLIENT_SECRET", { ...oidc, OIDC_CLIENT_SECRET: " " }],
    ["OIDC_ROLE_CLAIM", { ...oidc, OIDC_ROLE_CLAIM: "roles groups" }],
    ["OIDC_ROLE_CLAIM", { OIDC_ROLE_CLAIM: "groups" }],
    ["OIDC_ROLE_MAP", { ...oidc, OIDC_ROLE_MAP: "wijkteam=baas" }],
    ["OIDC_ROLE_MAP", { ...oidc, OIDC_ROLE_MAP: "" }],
    ["OPEN_DATA_LICENCE", { OPEN_DATA_LICENCE: "MIT" }],
    ["LOG_LEVEL", { LOG_LEVEL: "verbose" }],
    ["LOG_LEVEL", { LOG_LEVEL: "30" }],
    ["RETENTION_INTERVAL_SECONDS", { RETENTION_INTERVAL_SECONDS: "1" }],
    ["RETENTION_INTERVAL_SECONDS", { RETENTION_INTERVAL_SECONDS: "uur" }],
    ["CONTACT_REQUESTS_PER_SERVICE", { CONTACT_REQUESTS_PER_SERVICE: "0" }],
    ["CONTACT_REQUESTS_PER_SERVICE", { CONTACT_REQUESTS_PER_SERVICE: "20000" }],
    ["REMINDER_WORKING_DAYS", { REMINDER_WORKING_DAYS: "0" }],
    ["REMINDER_WORKING_DAYS", { REMINDER_WORKING_DAYS: "drie" }],
    ["FRESHNESS_MONTHS", { FRESHNESS_MONTHS: "0" }],
    ["CONTACT_REQUESTS_PER_ADDRESS", { CONTACT_REQUESTS_PER_ADDRESS: "0" }],
  ])("names %s in one sentence when it is %j", (setting, source) => {
    const { setting: named, message } = refusal(source);
    expect(named).toBe(setting);
    expect(message.startsWith(setting) || message.includes(` ${setting} `) || message.includes(`so ${setting}`)).toBe(true);
    expect(message).not.toContain("\n");
    expect(message.match(/[.!?](\s|$)/g)?.length).toBe(1);
  });
});
