import type { z } from "zod";
import type { Command } from "./command";
import { catalogueExport } from "./catalogue-export";
import { catalogueImport } from "./catalogue-import";
import { contactPurge } from "./contact-purge";
import { dbBackup } from "./db-backup";
import { dbStatus } from "./db-status";
import { usersCreate } from "./users-create";

/**
 * Every command that the process owning the database runs for other processes. The
 * owner's channel (lib/db/owner.ts) accepts exactly these names; each npm script under
 * scripts/ runs one of them through run-command.ts.
 */
export const commands = {
  "db.status": dbStatus,
  "db.backup": dbBackup,
  "catalogue.import": catalogueImport,
  "catalogue.export": catalogueExport,
  "users.create": usersCreate,
  "contact.purge": contactPurge,
};

export type CommandName = keyof typeof commands;
/** What a caller sends: the payload schema's input. */
export type PayloadOf<N extends CommandName> = z.input<(typeof commands)[N]["payload"]>;
/** What the caller gets back: the entry's run() result. */
export type ResultOf<N extends CommandName> = Awaited<ReturnType<(typeof commands)[N]["run"]>>;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}

/**
 * The entry for `name` with its own payload and result types. TypeScript cannot narrow
 * the table's union by a generic key, so the one widening cast of the registry is here.
 */
export function commandEntry<N extends CommandName>(name: N): Command<PayloadOf<N>, unknown, ResultOf<N>> {
  return commands[name] as unknown as Command<PayloadOf<N>, unknown, ResultOf<N>>;
}
