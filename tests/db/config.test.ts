import { describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { runScript } from "@/tests/helpers/spawn";
import { createTestDatabase } from "@/tests/helpers/db";

/** Every setting of the README's table unset, whatever the machine running the tests has. */
const unset = Object.fromEntries(
  ["DATABASE_URL", "DATA_DIR", "PORT", "SEED_DEMO_CATALOGUE", "SMTP_URL", "SMTP_FROM", "TRUSTED_PROXY_HOPS", "PUBLIC_ORIGIN", "SESSION_IDLE_MINUTES", "RETENTION_DAYS", "RETENTION_INTERVAL_SECONDS", "OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_ROLE_CLAIM", "OIDC_ROLE_MAP"].map((s) => [s, ""]),
);
const oidc = { OIDC_ISSUER: "https://id.gemeente.nl/realms/portal", OIDC_CLIENT_ID: "portal", OIDC_CLIENT_SECRET: "geheim", OIDC_ROLE_MAP: "wijkteam=staff" };

describe("a wrong setting stops start-up with one sentence naming it", () => {
  it.each([
    ["DATABASE_URL", { DATABASE_URL: "mysql://root@localhost/portal" }],
    ["DATABASE_URL", { DATABASE_URL: "postgres://nobody@127.0.0.1:1/portal" }],
    ["DATA_DIR", { DATA_DIR: "/etc/hostname/portal-data" }],
    ["DATA_DIR", { DATA_DIR: "/proc/portal-data" }],
    ["PORT", { PORT: "99999" }],
    ["SEED_DEMO_CATALOGUE", { SEED_DEMO_CATALOGUE: "ja" }],
    ["SMTP_URL", { SMTP_URL: "mail.gemeente.nl" }],
    ["SMTP_FROM", { SMTP_URL: "smtp://relay:25", SMTP_FROM: "Gemeente" }],
    ["TRUSTED_PROXY_HOPS", { TRUSTED_PROXY_HOPS: "11" }],
    ["PUBLIC_ORIGIN", { PUBLIC_ORIGIN: "hulp.gemeente.nl" }],
    ["SESSION_IDLE_MINUTES", { SESSION_IDLE_MINUTES: "dertig" }],
    ["RETENTION_DAYS", { RETENTION_DAYS: "0" }],
    ["RETENTION_INTERVAL_SECONDS", { RETENTION_INTERVAL_SECONDS: "1" }],
    ["OIDC_ISSUER", { ...oidc, OIDC_ISSUER: "http://id.gemeente.nl" }],
    ["OIDC_CLIENT_ID", { OIDC_CLIENT_ID: "portal" }],
    ["OIDC_CLIENT_SECRET", { ...oidc, OIDC_CLIENT_SECRET: "" }],
    ["OIDC_ROLE_CLAIM", { ...oidc, OIDC_ROLE_CLAIM: "roles groups" }],
    ["OIDC_ROLE_MAP", { ...oidc, OIDC_ROLE_MAP: "wijkteam=baas" }],
  ])("%s: %j", async (setting, env) => {
    const run = await runScript("scripts/start.ts", [], { ...unset, ...env }, 60_000);
    expect(run.code).toBe(3);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(setting);
    expect(run.stdout).not.toContain("Building");
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("DATABASE_URL switches to a PostgreSQL server", () => {
  it("opens, migrates and uses that server through the pg adapter", async () => {
    const scratch = await createTestDatabase("postgres");
    try {
      const db = await openDatabase(parseEnv({ DATABASE_URL: scratch.url }));
      expect(db.engine).toBe("postgres");
      expect(db.lock).toBeUndefined();
      await db.prisma.municipality.create({ data: { code: "GM9999", name: "Proefdorp" } });
      expect(await scratch.prisma.municipality.count()).toBe(1);
      await db.close();
    } finally {
      await scratch.close();
    }
  });
});
