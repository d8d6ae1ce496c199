import { handleCommand } from "@/lib/commands/handle-command";
import { getDatabase } from "@/lib/db/client";
import { restrictNewFiles } from "@/lib/db/data-dir";
import { DatabaseInUseError } from "@/lib/db/lock";
import { withStartupLock } from "@/lib/db/server-lock";
import { serveOwnerControl } from "@/lib/db/owner";
import { ConfigError, env } from "@/lib/env";
import { scheduleRetention } from "@/lib/retention/hourly-purge";
import { seedDemoCatalogue } from "./seed";

/**
 * Start-up of the serving process: configuration, database (migrated), the channel on
 * which other processes hand it commands, demo catalogue, retention.
 * A wrong setting ends the process with one sentence naming it.
 */
export async function boot(): Promise<void> {
  // Before anything is written: what this process creates is for the portal's user only.
  restrictNewFiles();
  try {
    // Every setting is checked now, not when a request first needs it.
    const config = env();
    const db = await getDatabase();
    if (db.appliedMigrations.length > 0) console.log(`[portal] applied migrations: ${db.appliedMigrations.join(", ")}`);
    // Started here rather than in getDatabase(): lib/db knows no commands (see lib/db/client.ts).
    await serveOwnerControl(db, handleCommand);
    // Servers starting together on one empty database: one loads the demo catalogue, the others find it there.
    const seeded = await withStartupLock(config.databaseUrl, () => seedDemoCatalogue(db.prisma));
    if (seeded) console.log(`[portal] the database was empty: loaded the demo catalogue (${seeded}).`);
    console.log(`[portal] database ready (${db.engine}).`);
    scheduleRetention(db.prisma, config.retentionDays, config.retentionIntervalSeconds);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseInUseError) {
      console.error(`[portal] ${error.message}`);
    } else {
      console.error("[portal] the database could not be opened:", error);
    }
    process.exit(1);
  }
}
