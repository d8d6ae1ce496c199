import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecordValue } from "./field-changes";
import type { RecordKind } from "./kinds";

/**
 * The editor's lists of organizations, locations and taxonomies, to find one record in
 * a large catalogue: searched and paged in the database (25 a page), each row marked
 * when a draft waits. Records that exist only as a draft (new, not yet published) come
 * first on the first page, so a new record is found before it is published.
 */
export const PAGE_SIZE = 25;

export type ListPage<Row> = { rows: Row[]; total: number; page: number; pages: number };

const pageOf = (page: number, total: number) => {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return { page: Math.min(Math.max(1, page), pages), pages };
};

/** Drafts of a kind: which records have one, and the records that exist only as a draft, matching `q` by name. */
async function draftsOf(kind: RecordKind, q: string, published: (ids: string[]) => Promise<Set<string>>) {
  const prisma = await getPrisma();
  const drafts = await prisma.catalogueDraft.findMany({ where: { kind }, select: { recordId: true, data: true }, orderBy: { createdAt: "asc" } });
  const live = await published(drafts.map((d) => d.recordId));
  const needle = q.trim().toLocaleLowerCase("nl");
  const onlyDrafts = drafts
    .filter((d) => !live.has(d.recordId))
    .map((d) => ({ id: d.recordId, data: d.data as RecordValue }))
    .filter((d) => needle === "" || String(d.data.name ?? "").toLocaleLowerCase("nl").includes(needle));
  return { drafted: new Set(drafts.map((d) => d.recordId)), onlyDrafts };
}

export const ORGANIZATION_FILTERS = ["all", "care-provider", "access-team", "independent"] as const;
export type OrganizationFilter = (typeof ORGANIZATION_FILTERS)[number];

export async function organizationsForEditing(input: { q: string; filter: OrganizationFilter; page: number }) {
  const prisma = await getPrisma();
  const needle = input.q.trim();
  const where: Prisma.OrganizationWhereInput = {
    ...(needle ? { OR: [{ name: { contains: needle, mode: "insensitive" } }, { alternateName: { contains: needle, mode: "insensitive" } }] } : {}),
    ...(input.filter === "care-provider" ? { isCareProvider: true } : {}),
    ...(input.filter === "access-team" ? { isAccessTeam: true } : {}),
    ...(input.filter === "independent" ? { isCareProvider: false, isAccessTeam: false } : {}),
  };
  const total = await prisma.organization.count({ where });
  const { page, pages } = pageOf(input.page, total);
  const [rows, drafts] = await Promise.all([
    prisma.organization.findMany({
      where, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE,
      select: { id: true, name: true, isCareProvider: true, isAccessTeam: true, _count: { select: { services: true } } },
    }),
    draftsOf("organization", needle, async (ids) => new Set((await prisma.organization.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((o) => o.id))),
  ]);
  const fresh = page === 1 && input.filter === "all" ? drafts.onlyDrafts : [];
  return {
    total, page, pages,
    rows: [
      ...fresh.map((d) => ({ id: d.id, name: String(d.data.name ?? ""), isCareProvider: d.data.x_is_care_provider === true, isAccessTeam: d.data.x_is_access_team === true, services: 0, draft: true, published: false })),
      ...rows.map((o) => ({ id: o.id, name: o.name, isCareProvider: o.isCareProvider, isAccessTeam: o.isAccessTeam, services: o._count.services, draft: drafts.drafted.has(o.id), published: true })),
    ],
  };
}

export async function locationsForEditing(input: { q: string; page: number }) {
  const prisma = await getPrisma();
  const needle = input.q.trim();
  const where: Prisma.LocationWhereInput = needle
    ? { OR: [{ name: { contains: needle, mode: "insensitive" } }, { city: { contains: needle, mode: "insensitive" } }] }
    : {};
  const total = await prisma.location.count({ where });
  const { page, pages } = pageOf(input.page, total);
  const [rows, drafts] = await Promise.all([
    prisma.location.findMany({
      where, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE,
      select: { id: true, name: true, city: true, locationType: true },
    }),
    draftsOf("location", needle, async (ids) => new Set((await prisma.location.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((l) => l.id))),
  ]);
  const cityOf = (data: RecordValue) => String((data.address as RecordValue | undefined)?.city ?? "");
  return {
    total, page, pages,
    rows: [
      ...(page === 1 ? drafts.onlyDrafts : []).map((d) => ({ id: d.id, name: String(d.data.name ?? ""), city: cityOf(d.data), virtual: d.data.location_type === "virtual", draft: true, published: false })),
      ...rows.map((l) => ({ id: l.id, name: l.name, city: l.city ?? "", virtual: l.locationType === "virtual", draft: drafts.drafted.has(l.id), published: true })),
    ],
  };
}

/** Every taxonomy (a handful), with how many terms it has. */
export async function taxonomiesForEditing() {
  const prisma = await getPrisma();
  const [rows, drafts] = await Promise.all([
    prisma.taxonomy.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true, _count: { select: { terms: true } } } }),
    prisma.catalogueDraft.findMany({ where: { kind: "taxonomy" }, select: { recordId: true } }),
  ]);
  const drafted = new Set(drafts.map((d) => d.recordId));
  return rows.map((t) => ({ id: t.id, name: t.name as Record<string, string>, terms: t._count.terms, draft: drafted.has(t.id) }));
}
