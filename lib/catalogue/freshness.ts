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
  /** When the database last confirmed a revision. */
  confirmedAt?: Date;
  /** Set while the last check of the revision failed: since when. */
  unreachableSince?: Date;
};

const memory = globalThis as unknown as { __portalCatalogueFreshness?: CatalogueFreshness };

export function catalogueFreshness(): Readonly<CatalogueFreshness> {
  memory.__portalCatalogueFreshness ??= {};
  return memory.__portalCatalogueFreshness;
}

const state = () => catalogueFreshness() as CatalogueFreshness;

export function noteRevisionConfirmed(now = new Date()): void {
  state().confirmedAt = now;
  state().unreachableSince = undefined;
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
