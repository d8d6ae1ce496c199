import { PGlite, type PGliteOptions } from "@electric-sql/pglite";

/**
 * Start options of the embedded database. PGlite's PostgreSQL keeps its shared buffers
 * inside its WebAssembly memory, and that memory never shrinks: with PostgreSQL's default
 * of 128 MB the opened database held some 190 MB, and an import of 5,000 services filled
 * the buffers as it wrote. One process is the only user, and the files it reads stay in
 * the operating system's cache anyway, so a small buffer pool costs little: 16 MB keeps the
 * memory at PGlite's minimum of 128 MB (measured with `npm run bench:import`, README of
 * lib/catalogue/interchange). PGlite's own start parameters (single-user mode, no fsync,
 * no workers) stay; ours are added after them.
 */
export const PGLITE_SETTINGS: Record<string, string> = {
  shared_buffers: "16MB",
  // Single-user mode serves one connection; shared memory is sized per allowed connection.
  max_connections: "5",
};

export const pgliteOptions = (): PGliteOptions => ({
  startParams: [...PGlite.defaultStartParams, ...Object.entries(PGLITE_SETTINGS).flatMap(([name, value]) => ["-c", `${name}=${value}`])],
});
