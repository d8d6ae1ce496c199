/** `npm run backup`: the db.backup command; its options and output are in lib/commands/db-backup.ts. */
import { runCommand } from "@/lib/commands/run-command";

runCommand("db.backup");
