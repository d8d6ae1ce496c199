import "server-only";
import { getPrisma } from "@/lib/db/client";
import { editableRecord } from "./drafts";
import type { RecordKind } from "./kinds";

/**
 * What the editor's pages read, each call opening the process's database client (pages
 * never see Prisma): a record as its form opens, and the lists to find one.
 */
export async function recordForEditing(kind: RecordKind, key: string) {
  return editableRecord(await getPrisma(), kind, key);
}

/** Every municipality (there are a few hundred at most), by name; `q` narrows by name or code. */
export async function municipalitiesForEditing(q: string) {
  const prisma = await getPrisma();
  const needle = q.trim();
  const [rows, drafts] = await Promise.all([
    prisma.municipality.findMany({
      where: needle ? { OR: [{ name: { contains: needle, mode: "insensitive" } }, { code: { contains: needle, mode: "insensitive" } }] } : {},
      select: { code: true, name: true, accessTeamName: true },
      orderBy: { name: "asc" },
    }),
    prisma.catalogueDraft.findMany({ where: { kind: "municipality" }, select: { recordId: true } }),
  ]);
  const drafted = new Set(drafts.map((d) => d.recordId));
  // New municipalities exist only as a draft until published.
  const known = new Set(rows.map((r) => r.code));
  const onlyDrafts = [...drafted].filter((code) => !known.has(code) && (!needle || code.toLowerCase().includes(needle.toLowerCase())));
  return [
    ...onlyDrafts.map((code) => ({ code, name: null as string | null, hasAccessTeam: false, draft: true, published: false })),
    ...rows.map((r) => ({ code: r.code, name: r.name, hasAccessTeam: r.accessTeamName !== null, draft: drafted.has(r.code), published: true })),
  ];
}
