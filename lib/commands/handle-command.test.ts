import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/client";
import { CommandRejected, runInOwningProcess, serveOwnerControl } from "@/lib/db/owner";
import { parseEnv } from "@/lib/env";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/helpers/db";
import { handleCommand } from "./handle-command";
import { performCommand } from "./perform-command";

describe.each(testEngines)("the owner runs only registered commands with valid payloads (%s)", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(() => db?.close());
  const on = () => ({ prisma: db.prisma, appliedMigrations: [] });

  it("refuses an unknown name and a bad payload with a clear sentence, and changes nothing", async () => {
    await expect(handleCommand("users.drop", null, on())).rejects.toThrow(new CommandRejected("There is no command users.drop; nothing was changed."));
    const bad = handleCommand("users.create", { email: "a@b.nl", role: "baas", name: "A", password: "een-lang-wachtwoord" }, on());
    await expect(bad).rejects.toBeInstanceOf(CommandRejected);
    await expect(bad).rejects.toThrow(/^The users\.create command refused its payload \(role: .*\); nothing was changed\.$/);
    await expect(handleCommand("contact.purge", { days: 0 }, on())).rejects.toThrow(/days: /);
    expect(await db.prisma.user.count()).toBe(0);
  });

  it("runs a valid payload and returns the entry's result", async () => {
    const created = await handleCommand("users.create", { email: "A@B.nl", role: "staff", name: "A", password: "een-lang-wachtwoord" }, on());
    expect(created).toMatchObject({ ok: true, email: "a@b.nl", role: "staff" });
  });
});

describe("the owner's channel", () => {
  let owner: Database;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-commands-"));
  beforeAll(async () => {
    owner = await openDatabase(parseEnv({ DATA_DIR: dataDir }));
    await serveOwnerControl(owner, handleCommand);
  });
  afterAll(() => owner?.close());

  it("hands a bad payload back as a refusal from the owner, whoever sent it", async () => {
    const sent = runInOwningProcess("contact.purge", { days: "all" }, handleCommand, { config: parseEnv({ DATA_DIR: dataDir }) });
    await expect(sent).rejects.toBeInstanceOf(CommandRejected);
    await expect(sent).rejects.toThrow(`The process that owns the database (pid ${process.pid}) reported: The contact.purge command refused its payload`);
  });

  it("types the result by the registry entry and reports where it ran", async () => {
    const routes: unknown[] = [];
    const status = await performCommand("db.status", null, { config: parseEnv({ DATA_DIR: dataDir }), onRoute: (where) => routes.push(where) });
    expect(status.migrations.length).toBeGreaterThan(0);
    expect(routes).toEqual([expect.objectContaining({ pid: process.pid })]);
  });

  it("refuses a bad payload before sending it", async () => {
    // @ts-expect-error the payload type follows from the registry entry
    await expect(performCommand("contact.purge", { days: "all" }, { config: parseEnv({ DATA_DIR: dataDir }) })).rejects.toBeInstanceOf(CommandRejected);
  });
});
