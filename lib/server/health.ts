import { catalogueFreshness, noteRevisionUnconfirmed } from "@/lib/catalogue/freshness";
import { getDatabase } from "@/lib/db/client";
import { readMigrationList } from "@/lib/db/migrations";
import { CONNECT_TIMEOUT_MS } from "@/lib/db/server-lock";

/**
 * The process's health for /healthz and /readyz (lib/server/http-server.ts) and for the
 * outage gate there. Cheap by design: the database is asked at most once a second, however
 * many callers, and the answer holds no personal data.
 */
export type Readiness = {
  status: "ready" | "not ready";
  database: "reachable" | "unreachable";
  migrations: "applied" | "pending" | "unknown";
  catalogue: "loaded" | "not loaded";
};

type Probe = { reachable: boolean; migrationsApplied: boolean | undefined };

const PROBE_MAX_AGE_MS = 1000;
let lastProbe: { at: number; result: Promise<Probe> } | undefined;
let expectedMigrations: Promise<string[]> | undefined;

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), ms).unref())]);
}

async function probe(): Promise<Probe> {
  try {
    expectedMigrations ??= readMigrationList().then((list) => list.migrationDirectories.map((m) => m.path));
    // The database opens at start (lib/server/boot.ts); until it has, the process is not ready.
    const db = await withinTime(getDatabase(), CONNECT_TIMEOUT_MS + 1000);
    const rows = await withinTime(
      db.prisma.$queryRaw<{ name: string }[]>`select "migration_name" as name from "_prisma_migrations" where "finished_at" is not null and "rolled_back_at" is null`,
      CONNECT_TIMEOUT_MS + 1000,
    );
    const applied = new Set(rows.map((row) => row.name));
    return { reachable: true, migrationsApplied: (await expectedMigrations).every((name) => applied.has(name)) };
  } catch {
    // What the pages say too: the catalogue in memory can no longer be confirmed, so no
    // shared page is served from the short revision window as if it had been (conditional-get.ts).
    noteRevisionUnconfirmed();
    return { reachable: false, migrationsApplied: undefined };
  }
}

/** The database's state, at most PROBE_MAX_AGE_MS old; callers at the same moment share one probe. */
export function probeDatabase(now = Date.now()): Promise<Probe> {
  if (!lastProbe || now - lastProbe.at > PROBE_MAX_AGE_MS) lastProbe = { at: now, result: probe() };
  return lastProbe.result;
}

/** Ready to serve every page: database reachable, every migration applied, the catalogue in memory. */
export async function readiness(): Promise<Readiness> {
  const { reachable, migrationsApplied } = await probeDatabase();
  const loaded = catalogueFreshness().loadedRevision !== undefined;
  return {
    status: reachable && migrationsApplied && loaded ? "ready" : "not ready",
    database: reachable ? "reachable" : "unreachable",
    migrations: migrationsApplied === undefined ? "unknown" : migrationsApplied ? "applied" : "pending",
    catalogue: loaded ? "loaded" : "not loaded",
  };
}
