import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { independence, kindOf, localise, type Independence, type Kind, type LocalisedText } from "@/lib/catalogue/view";
import { languagesNamed, searchWords, type LookupFilters } from "./lookup-filters";

/**
 * The staff lookup: one search box over services, organisations, supporters, languages,
 * lived experience and domains, plus what only professionals see (internal notes,
 * direct lines, waiting time, accepting new clients). One SQL statement finds the ids;
 * a second loads the page of results.
 */
export const LOOKUP_LIMIT = 50;

export type LookupItem = {
  id: string;
  name: LocalisedText;
  description: LocalisedText | undefined;
  status: string;
  organisationName: string;
  kind: Kind | undefined;
  independence: Independence;
  languages: string[];
  waitingDays: number | null;
  acceptingNewClients: boolean | null;
  supporters: { id: string; name: string; languages: string[]; livedExperience: string[] }[];
  internal: { notes: string | null; directPhone: string | null; directEmail: string | null } | null;
};

export type LookupResult = { items: LookupItem[]; total: number };

function termFilter(taxonomy: string, value: string | undefined): Prisma.Sql {
  if (!value) return Prisma.empty;
  return Prisma.sql`and exists (select 1 from "ServiceAttribute" a join "TaxonomyTerm" t on t.id = a."termId"
    where a."serviceId" = s.id and t."taxonomyId" = ${taxonomy} and t.code = ${value})`;
}

function wordCondition(word: string): Prisma.Sql {
  const pattern = `%${word}%`;
  const languages = languagesNamed(word);
  return Prisma.sql`(
    s.name::text ilike ${pattern}
    or coalesce(s.description::text, '') ilike ${pattern}
    or o.name ilike ${pattern}
    or exists (select 1 from "Supporter" p where p."serviceId" = s.id and p."displayName" ilike ${pattern})
    or exists (select 1 from "Supporter" p join "SupporterLivedExperience" l on l."supporterId" = p.id
               join "TaxonomyTerm" t on t.id = l."termId" where p."serviceId" = s.id and t.name::text ilike ${pattern})
    or exists (select 1 from "ServiceAttribute" a join "TaxonomyTerm" t on t.id = a."termId"
               where a."serviceId" = s.id and t."taxonomyId" in ('co-domain', 'co-target-group', 'co-kind') and t.name::text ilike ${pattern})
    ${languages.length > 0 ? Prisma.sql`or s.languages && ${languages}::text[]` : Prisma.empty}
  )`;
}

export async function searchLookup(prisma: PrismaClient, filters: LookupFilters, locale: string): Promise<LookupResult> {
  const words = searchWords(filters.q);
  const where = Prisma.sql`
    where true
    ${words.length > 0 ? Prisma.sql`and ${Prisma.join(words.map(wordCondition), " and ")}` : Prisma.empty}
    ${filters.gemeente ? Prisma.sql`and exists (select 1 from "ServiceArea" sa where sa."serviceId" = s.id and sa."municipalityCode" = ${filters.gemeente})` : Prisma.empty}
    ${termFilter("co-kind", filters.soort)}
    ${termFilter("co-domain", filters.domein)}
    ${termFilter("co-target-group", filters.doelgroep)}
    ${termFilter("co-attending", filters.contact)}
    ${filters.taal ? Prisma.sql`and (${filters.taal} = any(s.languages) or exists (select 1 from "Supporter" p where p."serviceId" = s.id and ${filters.taal} = any(p.languages)))` : Prisma.empty}
    ${filters.leeftijd !== undefined ? Prisma.sql`and coalesce(s."minimumAge", 0) <= ${filters.leeftijd} and coalesce(s."maximumAge", 200) >= ${filters.leeftijd}` : Prisma.empty}
    ${filters.onafhankelijk ? Prisma.sql`and not o."isCareProvider" and not o."isAccessTeam"` : Prisma.empty}
    ${filters.nieuw ? Prisma.sql`and s."acceptingNewClients" is not false` : Prisma.empty}`;
  const rows = await prisma.$queryRaw<{ id: string; total: bigint }[]>`
    select s.id::text as id, count(*) over () as total
    from "Service" s join "Organization" o on o.id = s."organizationId"
    ${where}
    order by (s.status = 'active') desc, s.position, s.id
    limit ${LOOKUP_LIMIT}`;
  if (rows.length === 0) return { items: [], total: 0 };

  const records = await prisma.service.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: {
      id: true, name: true, description: true, status: true, languages: true, waitingDays: true, acceptingNewClients: true,
      organization: { select: { name: true, isCareProvider: true, isAccessTeam: true } },
      attributes: { where: { term: { taxonomyId: "co-kind" } }, select: { term: { select: { taxonomyId: true, code: true } } } },
      supporters: {
        select: { id: true, displayName: true, languages: true, livedExperience: { select: { term: { select: { name: true } } } } },
        orderBy: { position: "asc" },
      },
      internal: { select: { notes: true, directPhone: true, directEmail: true } },
    },
  });
  const byId = new Map(records.map((record) => [record.id, record]));
  const items: LookupItem[] = [];
  for (const { id } of rows) {
    const record = byId.get(id);
    const name = record && localise(record.name, locale);
    if (!record || !name) continue;
    items.push({
      id,
      name,
      description: localise(record.description, locale),
      status: record.status,
      organisationName: record.organization.name,
      kind: kindOf(record.attributes.map((a) => a.term)),
      independence: independence(record.organization),
      languages: record.languages,
      waitingDays: record.waitingDays,
      acceptingNewClients: record.acceptingNewClients,
      supporters: record.supporters.map((s) => ({
        id: s.id,
        name: s.displayName,
        languages: s.languages,
        livedExperience: s.livedExperience.map((l) => localise(l.term.name, locale)?.text ?? "").filter(Boolean),
      })),
      internal: record.internal,
    });
  }
  return { items, total: Number(rows[0]!.total) };
}
