/** An editor's list address: a search text and a page number, read defensively (anything else is the first page, no search). */
export function listQuery(query: Record<string, string | string[] | undefined>) {
  const q = typeof query.q === "string" ? query.q.slice(0, 100) : "";
  const page = typeof query.pagina === "string" && /^\d{1,5}$/u.test(query.pagina) ? Number(query.pagina) : 1;
  return { q, page };
}
