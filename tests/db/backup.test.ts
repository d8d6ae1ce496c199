import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { exportCatalogue } from "@/lib/catalogue/interchange/export";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { restoreCli } from "@/lib/commands/db-restore";
import { handleCommand } from "@/lib/commands/handle-command";
import { performCommand } from "@/lib/commands/perform-command";
import { openDatabase, type Database } from "@/lib/db/client";
import { serveOwnerControl, type Route } from "@/lib/db/owner";
import { parseEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A backup of the embedded database gives back the same catalogue, accounts and contact
 * requests: made through the running portal and with nothing running, restored only
 * while nothing runs, and a file that is not a backup is refused with nothing changed.
 */
let open: Database | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

const sample = path.resolve("../shared/catalogue/sample-haarlem-zandvoort.json");

/** What a restore must give back, in a stable order. */
async function contents(prisma: PrismaClient) {
  return {
    // The moment of export aside, which differs every time.
    catalogue: { ...(await exportCatalogue(prisma)), generated_at: undefined },
    users: await prisma.user.findMany({ orderBy: { email: "asc" } }),
    contactRequests: await prisma.contactRequest.findMany({ orderBy: { idempotencyKey: "asc" } }),
  };
}

async function addAccountsAndRequests(prisma: PrismaClient): Promise<void> {
  const staff = await prisma.user.create({ data: { email: "wijkteam@example.nl", name: "Sanne de Vries", role: "staff", passwordHash: "scrypt$x" } });
  await prisma.user.create({ data: { email: "beheer@example.nl", name: "Ali Demir", role: "admin" } });
  const service = await prisma.service.findFirstOrThrow({ orderBy: { id: "asc" } });
  for (const [i, origin] of (["resident", "staff"] as const).entries()) {
    await prisma.contactRequest.create({
      data: {
        origin,
        serviceId: service.id,
        organizationId: service.organizationId,
        createdByUserId: origin === "staff" ? staff.id : null,
        residentName: `Inwoner ${i}`,
        residentPhone: "06 12345678",
        question: "Ik heb hulp nodig bij een brief van de gemeente.",
        consentText: "Ja, ik geef toestemming.",
        consentAt: new Date("2026-11-01T10:00:00Z"),
        locale: "nl",
        idempotencyKey: `key-${i}`,
      },
    });
  }
}

/** The context restoreCli gets from a terminal, with its output kept. */
function cliContext(dataDir: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    context: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), lang: "en", settings: () => parseEnv({ DATA_DIR: dataDir }), ask: undefined },
  };
}

describe("backup and restore of the embedded database", () => {
  it("gives back the same catalogue, accounts and contact requests, and refuses what is not a backup", { timeout: 300_000 }, async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "portal-backup-"));
    const dataDir = path.join(root, "data");
    const config = parseEnv({ DATA_DIR: dataDir });

    // The portal runs: the backup is made by its process.
    open = await openDatabase(config);
    await serveOwnerControl(open, handleCommand);
    const imported = await importCatalogue(open.prisma, JSON.parse(await readFile(sample, "utf8")));
    expect(imported.ok).toBe(true);
    await addAccountsAndRequests(open.prisma);
    const before = await contents(open.prisma);
    expect(before.catalogue.services.length).toBeGreaterThan(0);

    const first = path.join(root, "first.tgz");
    const routes: Route[] = [];
    const made = await performCommand("db.backup", { file: first }, { config, onRoute: (where) => routes.push(where) });
    expect(made.bytes).toBeGreaterThan(0);
    expect(routes).toEqual([expect.objectContaining({ pid: process.pid })]);

    // Changes after the backup: a request erased, an account gone, services deleted.
    await open.prisma.contactRequest.deleteMany({ where: { idempotencyKey: "key-0" } });
    await open.prisma.contactRequest.update({ where: { idempotencyKey: "key-1" }, data: { residentName: null, status: "closed" } });
    await open.prisma.user.delete({ where: { email: "beheer@example.nl" } });
    await open.prisma.serviceAttribute.deleteMany({});
    const changed = await contents(open.prisma);
    expect(changed).not.toEqual(before);

    // While the portal runs, a restore is refused and changes nothing.
    const running = cliContext(dataDir);
    expect(await restoreCli([first], running.context)).toBe(3);
    expect(running.err.join("\n")).toContain(`The portal (process ${process.pid}) is running`);
    expect(await contents(open.prisma)).toEqual(changed);
    await open.close();
    open = undefined;

    // Files that are not backups: refused with a clear sentence, nothing changed.
    const junk = path.join(root, "notes.txt");
    writeFileSync(junk, "dit is geen reservekopie");
    const gzipped = path.join(root, "other.tgz");
    writeFileSync(gzipped, gzipSync("ook geen reservekopie"));
    for (const [file, reason] of [[junk, "it is not a backup made by npm run backup"], [gzipped, "it is not a backup made by npm run backup"], [path.join(root, "gone.tgz"), "it does not exist"]]) {
      const refused = cliContext(dataDir);
      expect(await restoreCli([file!], refused.context)).toBe(1);
      expect(refused.err.join("\n")).toBe(`${file} was not restored: ${reason}. Nothing was changed.`);
    }
    open = await openDatabase(config);
    expect(await contents(open.prisma)).toEqual(changed);
    await open.close();
    open = undefined;

    // Nothing runs: the restore works on the folder itself.
    const restore = cliContext(dataDir);
    expect(await restoreCli([first], restore.context)).toBe(0);
    expect(restore.out.join("\n")).toContain("Done: the database was restored");

    // And so does a backup: this command opens the folder.
    const second = path.join(root, "second.tgz");
    const here: Route[] = [];
    await performCommand("db.backup", { file: second }, { config, onRoute: (where) => here.push(where) });
    expect(here).toEqual(["here"]);

    open = await openDatabase(config);
    expect(await contents(open.prisma)).toEqual(before);
    await open.prisma.contactRequest.deleteMany({});
    await open.close();
    open = undefined;

    expect(await restoreCli([second], cliContext(dataDir).context)).toBe(0);
    open = await openDatabase(config);
    expect(await contents(open.prisma)).toEqual(before);
  });
});
