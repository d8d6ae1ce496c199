import path from "node:path";
import { NotABackup, readBackup, restoreBackup } from "@/lib/db/backup";
import { pgliteFolder } from "@/lib/db/client";
import { ensureWritableDir } from "@/lib/db/data-dir";
import { acquireLock, currentOwner } from "@/lib/db/lock";
import { log } from "@/lib/log";
import { parseCommandArgs, wrongCall } from "./cli-args";
import { say, type Bilingual } from "./cli-language";
import type { CliContext } from "./command";
import { serverDatabase } from "./db-backup";

/**
 * `npm run restore -- <file> [--lang nl|en]`: puts a backup made by `npm run backup` in
 * place of the embedded database. It refuses while the portal runs: the portal has the
 * database open, and swapping it underneath would lose the portal's next writes. It is
 * not one of the commands handed to the portal for the same reason. The backup is checked
 * whole before anything is touched. Exit codes: 0 restored, 1 not a backup or not
 * confirmed (nothing changed), 2 usage, 3 the portal runs or a server database.
 */
export const restoreUsage = {
  nl: "Gebruik: npm run restore -- <bestand> [--lang nl|en]\n  Stop eerst het portaal. De database wordt vervangen door de reservekopie.",
  en: "Usage: npm run restore -- <file> [--lang nl|en]\n  Stop the portal first. The database is replaced by the backup.",
};

const notABackup = (file: string, reason: NotABackup["reason"]): Bilingual => {
  const why = {
    missing: { nl: "het bestaat niet", en: "it does not exist" },
    unreadable: { nl: "het kan niet worden gelezen", en: "it cannot be read" },
    format: { nl: "het is geen reservekopie van npm run backup", en: "it is not a backup made by npm run backup" },
    "not-portal": { nl: "het is geen database van dit portaal", en: "it is not a database of this portal" },
  }[reason];
  return {
    nl: `${file} is niet teruggezet: ${why.nl}. Er is niets veranderd.`,
    en: `${file} was not restored: ${why.en}. Nothing was changed.`,
  };
};

type Context = Omit<CliContext<unknown, unknown>, "perform">;

export async function restoreCli(argv: string[], context: Context): Promise<number> {
  const args = parseCommandArgs(argv, {}, restoreUsage, context);
  if (args.exit !== undefined) return args.exit;
  const { language } = args;
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) return wrongCall(restoreUsage, language, context);
  const config = context.settings();
  if (config.databaseUrl) {
    context.err(say(serverDatabase, language));
    return 3;
  }
  const owner = currentOwner(config.dataDir);
  if (owner) {
    const text = {
      nl: `Het portaal (proces ${owner.pid}) draait en gebruikt de database. Stop het eerst en zet dan de reservekopie terug. Er is niets veranderd.`,
      en: `The portal (process ${owner.pid}) is running and uses the database. Stop it first, then restore. Nothing was changed.`,
    };
    context.err(say(text, language));
    return 3;
  }

  const target = path.resolve(file);
  let backup: Blob;
  try {
    backup = await readBackup(target);
  } catch (error) {
    if (!(error instanceof NotABackup)) throw error;
    context.err(say(notABackup(target, error.reason), language));
    return 1;
  }
  if (context.ask) {
    const question = { nl: `De database in ${config.dataDir} wordt vervangen door ${target}. Typ ja om door te gaan: `, en: `The database in ${config.dataDir} will be replaced by ${target}. Type yes to go on: ` };
    const answer = (await context.ask(say(question, language))).trim().toLowerCase();
    if (answer !== "ja" && answer !== "yes") {
      context.err(say({ nl: "Niet teruggezet. Er is niets veranderd.", en: "Not restored. Nothing was changed." }, language));
      return 1;
    }
  }

  ensureWritableDir(config.dataDir);
  // Held while the folder is swapped: a portal started meanwhile stops instead of opening half a database.
  const lock = acquireLock(config.dataDir);
  try {
    await restoreBackup(pgliteFolder(config.dataDir), backup);
  } finally {
    lock.release();
  }
  log().info({ event: "restore" }, "restored the database from a backup");
  const done = {
    nl: `Klaar: de database is teruggezet uit ${target}. Start het portaal; het past ontbrekende migraties toe.`,
    en: `Done: the database was restored from ${target}. Start the portal; it applies any missing migrations.`,
  };
  context.out(say(done, language));
  return 0;
}
