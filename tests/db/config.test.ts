import { describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { runScript } from "@/tests/helpers/spawn";
import { createTestDatabase } from "@/tests/helpers/db";

describe("a wrong setting stops start-up with one sentence naming it", () => {
  it.each([
    ["DATABASE_URL", { DATABASE_URL: "mysql://root@localhost/portal" }],
    ["DATABASE_URL", { DATABASE_URL: "postgres://nobody@127.0.0.1:1/portal" }],
    ["DATA_DIR", { DATA_DIR: "/etc/hostname/portal-data" }],
    ["DATA_DIR", { DATA_DIR: "/proc/portal-data" }],
    ["PORT", { PORT: "99999" }],
  ])("%s: %j", async (setting, env) => {
    const run = await runScript("scripts/start.ts", [], { DATABASE_URL: "", DATA_DIR: "", ...env }, 60_000);
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
