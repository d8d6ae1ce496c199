import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded database in ./data on port 3000", () => {
    expect(parseEnv({})).toEqual({ databaseUrl: undefined, dataDir: path.resolve("data"), port: 3000, seedDemoCatalogue: true, retentionDays: 90, trustedProxyHops: 1, smtp: undefined });
  });

  it("accepts a PostgreSQL address and a port", () => {
    const config = parseEnv({ DATABASE_URL: "postgres://u:p@db.example:5432/portal", PORT: "8080" });
    expect(config.databaseUrl).toBe("postgres://u:p@db.example:5432/portal");
    expect(config.port).toBe(8080);
  });

  it.each(["mysql://u@h/db", "not a url", "postgres://"])("names DATABASE_URL when it is %s", (value) => {
    expect(() => parseEnv({ DATABASE_URL: value })).toThrowError(ConfigError);
    try {
      parseEnv({ DATABASE_URL: value });
    } catch (error) {
      expect((error as ConfigError).setting).toBe("DATABASE_URL");
      expect((error as Error).message).toMatch(/^DATABASE_URL /);
      expect((error as Error).message.split(". ").length).toBeLessThanOrEqual(2);
    }
  });

  it("switches the demo catalogue off, and names a value it does not understand", () => {
    expect(parseEnv({ SEED_DEMO_CATALOGUE: "false" }).seedDemoCatalogue).toBe(false);
    expect(() => parseEnv({ SEED_DEMO_CATALOGUE: "nee" })).toThrowError(/^SEED_DEMO_CATALOGUE must be true or false/);
  });

  it.each(["0", "70000", "abc", "80.5"])("names PORT when it is %s", (value) => {
    expect(() => parseEnv({ PORT: value })).toThrowError(/^PORT must be/);
  });
});
