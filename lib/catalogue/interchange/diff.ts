import { canonical, pick } from "./compare";

/**
 * Compares the records a document wants with those stored, by key. A record's
 * own columns and each of its child lists are compared separately, so that only
 * what differs is written and a re-import of the same file writes nothing.
 */
type Lists = Record<string, unknown>;
export type Wanted<C extends object, L extends Lists = Lists> = { key: string; columns: C; lists: L };
export type Have = { row: object; lists: Record<string, unknown> };

export type Change<C extends object, L extends Lists = Lists> = {
  wanted: Wanted<C, L>;
  columnsChanged: boolean;
  listsChanged: Set<string>;
};

export type Diff<C extends object, L extends Lists = Lists> = {
  create: Wanted<C, L>[];
  update: Change<C, L>[];
  unchanged: number;
  /** Stored keys the document does not mention. */
  absent: string[];
};

/**
 * `wanted` may be made one record at a time and `have` give each stored record's form only
 * when asked: what an unchanged record needed for the comparison is garbage at once, young
 * enough to be freed cheaply (a re-import of 5,000 services compares them all).
 */
export function diffRecords<C extends object, L extends Lists>(wanted: Iterable<Wanted<C, L>>, have: Map<string, () => Have>): Diff<C, L> {
  const result: Diff<C, L> = { create: [], update: [], unchanged: 0, absent: [] };
  const seen = new Set<string>();
  for (const record of wanted) {
    seen.add(record.key);
    const stored = have.get(record.key)?.();
    if (!stored) {
      result.create.push(record);
      continue;
    }
    const columnsChanged = canonical(pick(stored.row, record.columns)) !== canonical(record.columns);
    const listsChanged = new Set(
      Object.keys(record.lists).filter((name) => canonical(stored.lists[name]) !== canonical(record.lists[name])),
    );
    if (columnsChanged || listsChanged.size > 0) result.update.push({ wanted: record, columnsChanged, listsChanged });
    else result.unchanged += 1;
  }
  for (const key of have.keys()) if (!seen.has(key)) result.absent.push(key);
  return result;
}

/** Keys of the records whose list `name` must be (re)written: new records and changed lists. */
export function listWrites<C extends object, L extends Lists>(
  diff: Diff<C, L>,
  name: keyof L & string,
): { replace: string[]; insert: Wanted<C, L>[] } {
  const changed = diff.update.filter((c) => c.listsChanged.has(name)).map((c) => c.wanted);
  return { replace: changed.map((w) => w.key), insert: [...diff.create, ...changed] };
}
