/**
 * A small in-process cache whose entries belong to one catalogue revision. When the
 * revision moves on, older entries are never returned again and are dropped, so a page
 * reads fresh data right after any change, wherever it was made. Loads in flight are
 * shared, so a burst of visitors after an import loads the catalogue once.
 */
export class RevisionCache<T> {
  private entries = new Map<string, { revision: number; value: Promise<T> }>();

  constructor(private readonly maxEntries = 500) {}

  get(key: string, revision: number, load: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (found && found.revision === revision) {
      // Map order is insertion order: re-inserting keeps recently used entries at the end.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.value;
    }
    const value = load();
    this.entries.set(key, { revision, value });
    // A failed load is not kept: the next visitor tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    for (const [oldKey, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && entry.revision === revision) break;
      if (entry.revision !== revision || this.entries.size > this.maxEntries) this.entries.delete(oldKey);
    }
    return value;
  }
}
