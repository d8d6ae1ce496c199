/** What the editor's last step did, from the address a save, publish or discard redirected to. */
export function doneFlags(query: Record<string, string | string[] | undefined>) {
  const published = query.gepubliceerd === "1" ? "changed" : query.gepubliceerd === "0" ? "unchanged" : undefined;
  return { saved: query.opgeslagen === "1", published, discarded: query.weggegooid === "1" } as const;
}
