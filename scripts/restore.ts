/** `npm run restore`: never handed to the portal, which must be stopped; see lib/commands/db-restore.ts. */
import { restoreCli } from "@/lib/commands/db-restore";
import { runHere } from "@/lib/commands/run-command";

runHere(restoreCli);
