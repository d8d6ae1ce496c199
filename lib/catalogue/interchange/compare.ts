/**
 * Value comparison for "did this record change?". Object key order never
 * matters (PostgreSQL's jsonb reorders keys), dates compare by instant, and
 * stored-only columns (ids, parent keys, version, timestamps) are left out.
 */
export function canonical(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

/** The stored row's values for exactly the columns the document sets. */
export function pick(row: object, like: object): Record<string, unknown> {
  const source = row as Record<string, unknown>;
  return Object.fromEntries(Object.keys(like).map((key) => [key, source[key]]));
}

/** A stored child row without its own id and parent key, comparable with a row built from the document. */
export function content<T extends object>(row: T, ...stored: (keyof T)[]): Record<string, unknown> {
  const copy = { ...row } as Record<string, unknown>;
  for (const key of ["id", ...stored]) delete copy[key as string];
  return copy;
}
