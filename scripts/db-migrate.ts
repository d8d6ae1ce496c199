/** `npm run db:migrate`: opening the database applies pending migrations; the db.status command says which (lib/commands/db-status.ts). */
import { runCommand } from "@/lib/commands/run-command";

runCommand("db.status");
