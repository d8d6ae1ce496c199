import { getDatabase } from "@/lib/db/client";
import { DatabaseInUseError } from "@/lib/db/lock";
import { ConfigError } from "@/lib/env";
import { scheduleRetention } from "@/lib/contact-requests/retention";
import { seedDemoCatalogue } from "./seed";

/**
 * Start-up of the serving process: configuration, database (migrated), demo catalogue.
 * A wrong setting ends the process with one sentence naming it.
 */
export async function boot(): Promise<void> {
  try {
    const db = await getDatabase();
    if (db.appliedMigrations.length > 0) console.log(`[portal] applied migrations: ${db.appliedMigrations.join(", ")}`);
    const seeded = await seedDemoCatalogue(db.prisma);
    if (seeded) console.log(`[portal] the database was empty: loaded the demo catalogue (${seeded}).`);
    console.log(`[portal] database ready (${db.engine}).`);
    scheduleRetention(db.prisma);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseInUseError) {
      console.error(`[portal] ${error.message}`);
    } else {
      console.error("[portal] the database could not be opened:", error);
    }
    process.exit(1);
  }
}
