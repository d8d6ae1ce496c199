/** Runs once when the portal server starts: opens the database before any request. */
export async function register(): Promise<void> {
  // Build workers must never open the embedded database; only the serving process does.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { boot } = await import("./lib/server/boot");
  await boot();
}
