import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { serviceStatus } from "../interchange/schema";
import { KIND_CODES, TAXONOMY, type Kind } from "../vocabulary";

/**
 * The editor's list of services (/beheer/diensten): published services and new ones that
 * exist only as a draft, searched by name (either language) or organisation, filtered by
 * municipality, kind, status and whether a draft waits, a page at a time. One query on
 * the database (rows and their count together), so a catalogue of thousands stays quick.
 * A published service is listed as residents see it; a new one by its draft.
 */
export const SERVICE_LIST_PAGE = 25;

export type ServiceListFilters = {
  q: string;
  municipality: string | undefined;
  kind: Kind | undefined;
  status: (typeof serviceStatus.options)[number] | undefined;
  draft: "ja" | "nee" | undefined;
  page: number;
};

export type ServiceListRow = {
  id: string;
  name: unknown;
  organizationName: string | null;
  kind: string | null;
  status: string | null;
  hasDraft: boolean;
  /** Only a draft so far: residents do not see it yet. */
  isNew: boolean;
};

export type ServiceList = { rows: ServiceListRow[]; total: number; page: number; pages: number };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** The filters from the page's address; anything unknown is left out, never passed to the database. */
export function serviceListFilters(query: Record<string, string | string[] | undefined>): ServiceListFilters {
  const municipality = one(query.gemeente);
  const kind = one(query.soort);
  const status = one(query.status);
  const draft = one(query.concept);
  const page = Number(one(query.pagina) ?? "1");
  return {
    q: (one(query.q) ?? "").trim().slice(0, 100),
    municipality: municipality && /^GM\d{4}$/u.test(municipality) ? municipality : undefined,
    kind: (KIND_CODES as readonly string[]).includes(kind ?? "") ? (kind as Kind) : undefined,
    status: (serviceStatus.options as readonly string[]).includes(status ?? "") ? (status as ServiceListFilters["status"]) : undefined,
    draft: draft === "ja" || draft === "nee" ? draft : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The address of a list page with these filters (empty ones left out). */
export function serviceListQuery(filters: ServiceListFilters, page = filters.page): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.municipality) params.set("gemeente", filters.municipality);
  if (filters.kind) params.set("soort", filters.kind);
  if (filters.status) params.set("status", filters.status);
  if (filters.draft) params.set("concept", filters.draft);
  if (page > 1) params.set("pagina", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;

export async function listServices(db: PrismaClient, filters: ServiceListFilters): Promise<ServiceList> {
  const and = (parts: Prisma.Sql[]) => (parts.length === 0 ? Prisma.sql`true` : Prisma.join(parts, " and "));
  const pattern = likePattern(filters.q);
  const kindRef = filters.kind ? `${TAXONOMY.kind}:${filters.kind}` : undefined;
  const published: Prisma.Sql[] = [];
  const drafted: Prisma.Sql[] = [];
  if (filters.q) {
    published.push(Prisma.sql`(s."name"->>'nl' ilike ${pattern} or s."name"->>'en' ilike ${pattern} or o."name" ilike ${pattern})`);
    drafted.push(Prisma.sql`(d."data"->'name'->>'nl' ilike ${pattern} or d."data"->'name'->>'en' ilike ${pattern} or o."name" ilike ${pattern})`);
  }
  if (filters.municipality) {
    published.push(Prisma.sql`exists (select 1 from "ServiceArea" a where a."serviceId" = s."id" and a."municipalityCode" = ${filters.municipality})`);
    drafted.push(Prisma.sql`d."data"->'service_areas' @> ${JSON.stringify([{ municipality: filters.municipality }])}::jsonb`);
  }
  if (filters.kind) {
    published.push(Prisma.sql`k."code" = ${filters.kind}`);
    drafted.push(Prisma.sql`d."data"->'attributes' @> ${JSON.stringify([kindRef])}::jsonb`);
  }
  if (filters.status) {
    published.push(Prisma.sql`s."status"::text = ${filters.status}`);
    drafted.push(Prisma.sql`d."data"->>'status' = ${filters.status}`);
  }
  if (filters.draft === "ja") published.push(Prisma.sql`d."id" is not null`);
  if (filters.draft === "nee") {
    published.push(Prisma.sql`d."id" is null`);
    drafted.push(Prisma.sql`false`);
  }
  const offset = (filters.page - 1) * SERVICE_LIST_PAGE;
  const rows = await db.$queryRaw<Array<{ id: string; name: unknown; organization: string | null; kind: string | null; status: string | null; draft: boolean; new: boolean; total: bigint | number }>>`
    with kinds as (
      select a."serviceId", t."code" from "ServiceAttribute" a join "TaxonomyTerm" t on t."id" = a."termId" where t."taxonomyId" = ${TAXONOMY.kind}
    ), listed as (
      select s."id"::text as id, s."name" as name, o."name" as organization, k."code" as kind, s."status"::text as status,
        d."id" is not null as draft, false as new
      from "Service" s
      join "Organization" o on o."id" = s."organizationId"
      left join kinds k on k."serviceId" = s."id"
      left join "CatalogueDraft" d on d."kind" = 'service' and d."recordId" = s."id"::text
      where ${and(published)}
      union all
      select d."recordId" as id, d."data"->'name' as name, o."name" as organization,
        (select substr(ref, ${TAXONOMY.kind.length + 2}) from jsonb_array_elements_text(case when jsonb_typeof(d."data"->'attributes') = 'array' then d."data"->'attributes' else '[]'::jsonb end) ref
          where ref like ${`${TAXONOMY.kind}:%`} limit 1) as kind,
        d."data"->>'status' as status, true as draft, true as new
      from "CatalogueDraft" d
      left join "Organization" o on o."id"::text = d."data"->>'organization_id'
      where d."kind" = 'service' and not exists (select 1 from "Service" s where s."id"::text = d."recordId") and ${and(drafted)}
    )
    select *, count(*) over () as total from listed
    order by new desc, lower(name->>'nl'), id
    limit ${SERVICE_LIST_PAGE} offset ${offset}`;
  const total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  return {
    rows: rows.map((row) => ({ id: row.id, name: row.name, organizationName: row.organization, kind: row.kind, status: row.status, hasDraft: row.draft, isNew: row.new })),
    total,
    page: filters.page,
    pages: Math.max(1, Math.ceil(total / SERVICE_LIST_PAGE)),
  };
}
