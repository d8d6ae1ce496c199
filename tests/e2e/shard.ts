import { test } from "@playwright/test";

/**
 * The data folder of the portal this journey's shard runs against (playwright.config.ts):
 * commands that change its database go through the process that owns that folder.
 */
export function shardDataDir(): string {
  const dataDir = test.info().project.metadata.dataDir as string | undefined;
  if (!dataDir) throw new Error("this project has no portal of its own (playwright.config.ts, metadata.dataDir)");
  return dataDir;
}
