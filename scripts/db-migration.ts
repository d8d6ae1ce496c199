/** `npm run db:migration -- <name>`: writes the next migration after a change to prisma/schema.prisma (lib/db/new-migration.ts). */
import path from "node:path";
import { runMain } from "@/lib/commands/run-main";
import { isMigrationName, writeNextMigration } from "@/lib/db/new-migration";

runMain(async () => {
  const name = process.argv[2] ?? "";
  if (!isMigrationName(name)) {
    console.error("Give the migration a name in lower case with underscores, e.g.: npm run db:migration -- add_error_reports");
    return 2;
  }
  const folder = await writeNextMigration(name);
  console.log(folder ? `Written ${path.relative(process.cwd(), folder)}/migration.sql` : "The schema matches the existing migrations: no new migration written.");
  return 0;
});
