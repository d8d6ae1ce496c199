/** A map that keeps at most `maxBytes` of values (their size as given), dropping the least recently used. */
export class ByteLru<T> {
  private entries = new Map<string, { value: T; size: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): T | undefined {
    const found = this.entries.get(key);
    if (!found) return undefined;
    // Map order is insertion order: re-inserting keeps recently used entries at the end.
    this.entries.delete(key);
    this.entries.set(key, found);
    return found.value;
  }

  set(key: string, value: T, size: number): void {
    if (size > this.maxBytes / 8) return; // one huge value never pushes out everything else
    this.delete(key);
    this.entries.set(key, { value, size });
    this.bytes += size;
    for (const [oldKey] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldKey);
    }
  }

  private delete(key: string): void {
    const found = this.entries.get(key);
    if (!found) return;
    this.entries.delete(key);
    this.bytes -= found.size;
  }
}
