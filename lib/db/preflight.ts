import type { Env } from "@/lib/env";
import { checkServer } from "./client";
import { ensureWritableDir } from "./data-dir";
import { currentOwner, DatabaseInUseError } from "./lock";

/**
 * Checks, without opening it, that the configured database can be opened: the server
 * answers, or the embedded folder is writable and no other process owns it. `npm start`
 * runs this before spending a minute on a build that could not be served.
 */
export async function checkDatabaseCanOpen(config: Env): Promise<void> {
  if (config.databaseUrl) return checkServer(config.databaseUrl);
  ensureWritableDir(config.dataDir);
  const owner = currentOwner(config.dataDir);
  if (owner) throw new DatabaseInUseError(config.dataDir, owner);
}
