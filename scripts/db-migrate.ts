/** `npm run db:migrate`: applies pending migrations (also done automatically at start). */
import { openDatabase } from "@/lib/db/client";
import { runCli, describeRoute } from "@/lib/db/cli";
import { currentOwner } from "@/lib/db/lock";
import { performOperation } from "@/lib/db/owner";
import { env } from "@/lib/env";

runCli(async () => {
  const config = env();
  const owner = config.databaseUrl ? undefined : currentOwner(config.dataDir);
  if (owner) {
    // The owner applied every migration it knows when it opened the database.
    const status = (await performOperation("db.status", null, { config })) as { migrations: string[] };
    console.log(describeRoute(owner));
    console.log(`Applied migrations: ${status.migrations.join(", ") || "none"}.`);
    return 0;
  }
  const db = await openDatabase(config);
  try {
    console.log(
      db.appliedMigrations.length > 0
        ? `Applied now: ${db.appliedMigrations.join(", ")}.`
        : "The database is up to date: no migration to apply.",
    );
    return 0;
  } finally {
    await db.close();
  }
});
