import { handleCommand } from "@/lib/commands/handle-command";
import { getDatabase } from "@/lib/db/client";
import { restrictNewFiles } from "@/lib/db/data-dir";
import { DatabaseInUseError } from "@/lib/db/lock";
import { withStartupLock } from "@/lib/db/server-lock";
import { serveOwnerControl } from "@/lib/db/owner";
import { ConfigError, env } from "@/lib/env";
import { scheduleReminders } from "@/lib/contact-requests/reminders";
import { startOutboxWorker } from "@/lib/mail/outbox-worker";
import { scheduleRetention } from "@/lib/retention/hourly-purge";
import { seedDemoCatalogue } from "./seed";
import { warmCatalogue } from "./warm-catalogue";
import { errorFields, log } from "@/lib/log";

/**
 * Start-up of the serving process: configuration, database (migrated), the channel on
 * which other processes hand it commands, demo catalogue, retention, overdue reminders and the mail outbox.
 * A wrong setting ends the process with one sentence naming it.
 */
export async function boot(): Promise<void> {
  // Before anything is written: what this process creates is for the portal's user only.
  restrictNewFiles();
  try {
    // Every setting is checked now, not when a request first needs it.
    const config = env();
    const db = await getDatabase();
    if (db.appliedMigrations.length > 0) log().info({ event: "migration", applied: db.appliedMigrations }, "applied migrations");
    // Started here rather than in getDatabase(): lib/db knows no commands (see lib/db/client.ts).
    await serveOwnerControl(db, handleCommand);
    // Servers starting together on one empty database: one loads the demo catalogue, the others find it there.
    const seeded = await withStartupLock(config.databaseUrl, () => seedDemoCatalogue(db.prisma));
    if (seeded) log().info({ event: "import", source: "demo catalogue", services: seeded }, "the database was empty: loaded the demo catalogue");
    log().info({ event: "database ready", engine: db.engine }, "database ready");
    scheduleRetention(db.prisma, config.retentionDays, config.retentionIntervalSeconds);
    scheduleReminders(db.prisma, config.reminderIntervalSeconds);
    // Without SMTP_URL nothing is queued, so there is nothing to send (README "Mail notices").
    if (config.smtp) startOutboxWorker(db.prisma, config.smtp, config.mailIntervalSeconds);
    // In memory before the first visitor; /readyz waits for it (lib/server/health.ts).
    void warmCatalogue();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseInUseError) {
      log().fatal({ event: "start failed" }, error.message);
    } else {
      log().fatal({ event: "start failed", ...errorFields(error) }, "the database could not be opened");
    }
    process.exit(1);
  }
}
