/**
 * What this process knows about how current its catalogue in memory is. Kept on
 * globalThis: Next.js may load the catalogue modules more than once, and the portal's
 * HTTP server (lib/server/http-server.ts) reads it for /readyz.
 *
 * While the database cannot be reached, resident pages are served from the last
 * catalogue loaded (./queries.ts) and say how old it is: `confirmedAt`, the last moment
 * the database said it was current.
 */
export type CatalogueFreshness = {
  /** The revision of the last catalogue snapshot loaded; unset until one is. */
  loadedRevision?: number;
  /** When the database last confirmed a revision, and which. */
  confirmedAt?: Date;
  confirmedRevision?: number;
  /** The database client that confirmed it: a process that opens two databases (tests) never takes one's revision for the other's. */
  confirmedBy?: object;
  /** Raised by every catalogue change this process commits: a revision read before it is not taken as current. */
  changes?: number;
  /** Set while the last check of the revision failed: since when. */
  unreachableSince?: Date;
};

const memory = globalThis as unknown as { __portalCatalogueFreshness?: CatalogueFreshness };

export function catalogueFreshness(): Readonly<CatalogueFreshness> {
  memory.__portalCatalogueFreshness ??= {};
  return memory.__portalCatalogueFreshness;
}

const state = () => catalogueFreshness() as CatalogueFreshness;

/** The mark to pass to noteRevisionConfirmed: taken before the revision is read. */
export function changeMark(): number {
  return state().changes ?? 0;
}

/** The database (`by`) said `revision` is current; it is not kept for reuse when this process changed the catalogue since `mark`. */
export function noteRevisionConfirmed(revision: number, mark: number, now: Date, by: object): void {
  state().confirmedAt = now;
  state().confirmedRevision = mark === changeMark() ? revision : undefined;
  state().confirmedBy = by;
  state().unreachableSince = undefined;
}

/** Called after this process committed a catalogue change: the next check asks the database. */
export function noteCatalogueChanged(): void {
  state().changes = changeMark() + 1;
  state().confirmedRevision = undefined;
}

/**
 * The revision the database confirmed less than `withinMs` ago, else undefined. A change
 * made by another server is seen once that window has passed; one made by this process
 * at once (noteCatalogueChanged).
 */
export function recentlyConfirmedRevision(withinMs: number, now: Date, by: object): number | undefined {
  const { confirmedAt, confirmedRevision, confirmedBy, unreachableSince } = catalogueFreshness();
  if (confirmedAt === undefined || confirmedRevision === undefined || unreachableSince !== undefined || confirmedBy !== by) return undefined;
  const age = now.getTime() - confirmedAt.getTime();
  return age >= 0 && age < withinMs ? confirmedRevision : undefined;
}

export function noteSnapshotLoaded(revision: number): void {
  state().loadedRevision = revision;
}

/** The check failed: returns the revision to serve from memory, or undefined when nothing is loaded. */
export function noteRevisionUnconfirmed(now = new Date()): number | undefined {
  state().unreachableSince ??= now;
  return state().loadedRevision;
}

/** While the catalogue in memory cannot be checked: when it was last known current (else undefined). */
export function unconfirmedSince(): Date | undefined {
  const { unreachableSince, confirmedAt } = catalogueFreshness();
  return unreachableSince ? confirmedAt : undefined;
}
