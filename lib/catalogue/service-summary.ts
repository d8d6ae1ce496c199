import type * as Db from "@/lib/generated/prisma/client";
import { parseId } from "./ids";
import { kindOf, type Kind } from "./vocabulary";

type Client = Db.Prisma.TransactionClient | Db.PrismaClient;

/**
 * The few facts other domains need about a service they refer to (a contact request, a
 * handover, an error report, a usage count, a mail notice), whatever its status: the
 * caller decides with lib/catalogue/visibility.ts what that status allows. Names stay
 * in every language the catalogue gives; pages localise them.
 */
export type ServiceSummary = {
  id: string;
  name: unknown;
  status: string;
  kind: Kind | undefined;
  organizationId: string;
  organizationName: string;
  /** The service's own address, else its organization's. */
  email: string | undefined;
  municipalities: string[];
  supporters: Array<{ id: string; displayName: string }>;
};

const select = {
  id: true,
  name: true,
  status: true,
  email: true,
  organizationId: true,
  organization: { select: { name: true, email: true } },
  serviceAreas: { select: { municipalityCode: true }, orderBy: { position: "asc" } },
  attributes: { where: { term: { taxonomyId: "co-kind" } }, select: { term: { select: { taxonomyId: true, code: true } } } },
  supporters: { select: { id: true, displayName: true }, orderBy: { position: "asc" } },
} as const;

type Row = Db.Prisma.ServiceGetPayload<{ select: typeof select }>;

function summary(row: Row): ServiceSummary {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    kind: kindOf(row.attributes.map((a) => a.term)),
    organizationId: row.organizationId,
    organizationName: row.organization.name,
    email: row.email ?? row.organization.email ?? undefined,
    municipalities: row.serviceAreas.map((area) => area.municipalityCode),
    supporters: row.supporters,
  };
}

/** One service by id, or undefined for an unknown or malformed id. */
export async function serviceSummary(db: Client, id: string): Promise<ServiceSummary | undefined> {
  const key = parseId(id);
  if (key === undefined) return undefined;
  const row = await db.service.findUnique({ where: { id: key }, select });
  return row ? summary(row) : undefined;
}

/** Several services by id, keyed by id; unknown ids are left out. */
export async function serviceSummaries(db: Client, ids: readonly string[]): Promise<Map<string, ServiceSummary>> {
  const wanted = [...new Set(ids.flatMap((id) => parseId(id) ?? []))];
  if (wanted.length === 0) return new Map();
  const rows = await db.service.findMany({ where: { id: { in: wanted } }, select });
  return new Map(rows.map((row) => [row.id, summary(row)]));
}

/** Organizations by name, for choosing a provider's organization. */
export async function listOrganizations(db: Client): Promise<Array<{ id: string; name: string }>> {
  return db.organization.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function organizationExists(db: Client, id: string): Promise<boolean> {
  const key = parseId(id);
  return key !== undefined && (await db.organization.count({ where: { id: key } })) === 1;
}

/** True while the database holds no catalogue at all (a first start, before the demo catalogue or an import). */
export async function catalogueIsEmpty(db: Client): Promise<boolean> {
  return (await db.municipality.count()) === 0 && (await db.service.count()) === 0;
}

/** Municipalities by name (code and name), for choosing a team's municipality. */
export async function listMunicipalityNames(db: Client): Promise<Array<{ code: string; name: string }>> {
  return db.municipality.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
}

export async function municipalityExists(db: Client, code: string): Promise<boolean> {
  return (await db.municipality.count({ where: { code } })) === 1;
}
