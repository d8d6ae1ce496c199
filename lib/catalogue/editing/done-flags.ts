export type PublishedFlag = "changed" | "unchanged" | "photoNotPlaced";

const PUBLISHED = new Map<string, PublishedFlag>([
  ["1", "changed"],
  ["0", "unchanged"],
  ["zonder-foto", "photoNotPlaced"],
]);

/** What the editor's last step did, from the address a save, publish or discard redirected to; anything else in it is ignored. */
export function doneFlags(query: Record<string, string | string[] | undefined>) {
  const flag = query.gepubliceerd;
  const published = typeof flag === "string" ? PUBLISHED.get(flag) : undefined;
  return { saved: query.opgeslagen === "1", published, discarded: query.weggegooid === "1" } as const;
}
