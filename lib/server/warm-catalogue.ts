/**
 * Loads the catalogue into memory at start, straight through the catalogue's read layer
 * (lib/catalogue/read.ts), so /readyz can say ready before any visitor came. No request is
 * made: nothing in the request log, no page rendered or kept. Tried again every few seconds
 * until it is in memory (the database may be slow or down at start).
 */
export type WarmOptions = {
  load?: () => Promise<void>;
  retryMs?: number;
};

const loadThroughReadLayer = async () => (await import("@/lib/catalogue/read")).loadCatalogue();

export function warmCatalogue({ load = loadThroughReadLayer, retryMs = 3000 }: WarmOptions = {}): Promise<void> {
  return load().catch(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(() => resolve(warmCatalogue({ load, retryMs })), retryMs).unref();
      }),
  );
}
