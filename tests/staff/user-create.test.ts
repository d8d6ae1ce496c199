import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { signIn } from "@/lib/auth/sign-in";
import { runScript } from "@/tests/helpers/spawn";

/** `npm run user:create` on an embedded database, as a municipality's first set-up would run it. */
describe("npm run user:create", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-user-create-"));
  const env = { DATA_DIR: dataDir, DATABASE_URL: "" };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("generates and prints a password when none is given and stdin is not a terminal; the account can sign in", async () => {
    const run = await runScript("scripts/user-create.ts", ["--email", "Eerste@Gemeente.nl", "--role", "admin", "--name", "Eerste beheerder"], env);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const password = /Password \/ wachtwoord: (\S+)/.exec(run.stdout)?.[1];
    expect(password).toHaveLength(20);
    const again = await runScript("scripts/user-create.ts", ["--email", "eerste@gemeente.nl", "--role", "staff", "--password", "een-lang-wachtwoord"], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("email (taken)");
    const db = await openDatabase(parseEnv(env));
    try {
      expect(await signIn(db.prisma, { email: "eerste@gemeente.nl", password: password!, ip: "127.0.0.1" })).toMatchObject({ ok: true, role: "admin" });
    } finally {
      await db.close();
    }
  });

  it("refuses bad input with a usage line or the fields at fault", async () => {
    expect((await runScript("scripts/user-create.ts", ["--email", "x@y.nl"], env)).code).toBe(2);
    const bad = await runScript("scripts/user-create.ts", ["--email", "x@y.nl", "--role", "provider", "--password", "kort"], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/organizationId \(organization\).*password \(password\)|password \(password\).*organizationId/);
    const notAdmin = await runScript("scripts/user-create.ts", ["--email", "x@y.nl", "--role", "staff", "--also", "editor", "--password", "een-lang-wachtwoord"], env);
    expect(notAdmin.code).toBe(1);
    expect(notAdmin.stderr).toMatch(/extraRoles \(extraRoles\)/);
  });
});
