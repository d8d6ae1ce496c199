import pg from "pg";

/**
 * How long a new connection to the PostgreSQL server may take: during an outage pages fail
 * fast instead of hanging. (A server that is down refuses at once; this is for a network
 * that swallows packets. Long enough for a busy database server to answer.)
 */
export const CONNECT_TIMEOUT_MS = 5000;

// Any fixed number, the same in every server: the key of the start-up lock.
const STARTUP_LOCK_KEY = 7_311_202_613;

/**
 * Runs `work` while this process holds the start-up lock of the PostgreSQL server at
 * `url` (a session-level advisory lock on a connection of its own). Servers that start
 * together on one database then apply migrations and load the demo catalogue one after
 * the other: the second finds the work done. Without a server (`url` unset, the embedded
 * database, which has one process only) the work simply runs.
 */
export async function withStartupLock<T>(url: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!url) return work();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1::bigint)", [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    // Ending the session releases the lock, also when unlocking fails.
    await client.end().catch(() => {});
  }
}
