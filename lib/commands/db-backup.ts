import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CommandRejected } from "@/lib/db/owner";
import { log } from "@/lib/log";
import { parseCommandArgs, wrongCall } from "./cli-args";
import { routeText, say } from "./cli-language";
import { defineCommand } from "./command";

/**
 * `npm run backup -- <file> [--lang nl|en]`: a consistent copy of the embedded database,
 * made by the process that has it open (the running portal, or this command when none
 * runs). A PostgreSQL server is backed up with pg_dump (README). Exit codes: 0 written,
 * 1 refused (a server database), 2 usage or a folder that is not there.
 */
export const backupUsage = {
  nl: "Gebruik: npm run backup -- <bestand> [--lang nl|en]",
  en: "Usage: npm run backup -- <file> [--lang nl|en]",
};

export const serverDatabase = {
  nl: "De portal gebruikt een PostgreSQL-server (DATABASE_URL). Maak daarvan een reservekopie met pg_dump en zet die terug met pg_restore (zie README).",
  en: "The portal uses a PostgreSQL server (DATABASE_URL). Back it up with pg_dump and restore it with pg_restore (see README).",
};

export const dbBackup = defineCommand({
  payload: z.object({ file: z.string().refine((file) => path.isAbsolute(file), "must be an absolute path") }),

  async run(db, { file }) {
    if (!db.backup) throw new CommandRejected(serverDatabase.en);
    const bytes = await db.backup(file);
    log().info({ event: "backup", bytes }, "wrote a backup of the database");
    return { bytes };
  },

  async cli(argv, context) {
    const args = parseCommandArgs(argv, {}, backupUsage, context);
    if (args.exit !== undefined) return args.exit;
    const { language } = args;
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0) return wrongCall(backupUsage, language, context);
    if (context.settings().databaseUrl) {
      context.err(say(serverDatabase, language));
      return 1;
    }
    const target = path.resolve(file);
    if (!fs.statSync(path.dirname(target), { throwIfNoEntry: false })?.isDirectory()) {
      context.err(say({ nl: `De map ${path.dirname(target)} bestaat niet.`, en: `The folder ${path.dirname(target)} does not exist.` }, language));
      return 2;
    }
    const { bytes } = await context.perform({ file: target }, (where) => context.out(say(routeText(where), language)));
    const size = (bytes / 1024 / 1024).toFixed(1);
    context.out(say({ nl: `Klaar: de reservekopie staat in ${target} (${size} MB).`, en: `Done: the backup is in ${target} (${size} MB).` }, language));
    return 0;
  },
});
