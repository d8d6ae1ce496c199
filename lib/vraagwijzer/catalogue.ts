import "server-only";
import { independence, kindOf, localise, type Independence, type LocalisedText } from "@/lib/catalogue/view";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MatchService } from "@/lib/matching/types";

/**
 * Reads what the vraagwijzer needs from the catalogue and hands it over as plain objects:
 * matching never sees the database, and pages never see Prisma rows.
 */
export type VraagwijzerService = MatchService & {
  name: LocalisedText;
  description: LocalisedText | undefined;
  organisationName: string;
  independence: Independence;
};

export type MunicipalityInfo = {
  code: string;
  name: string;
  accessTeam: { name: LocalisedText | undefined; phone: string | undefined; website: string | undefined } | undefined;
};

const termsOf = (attributes: ReadonlyArray<{ term: { taxonomyId: string; code: string } }>, taxonomy: string) =>
  attributes.filter((attribute) => attribute.term.taxonomyId === taxonomy).map((attribute) => attribute.term.code);

/** All municipalities, for the municipality question. */
export async function listMunicipalityChoices(prisma?: PrismaClient): Promise<Array<{ code: string; name: string }>> {
  const db = prisma ?? (await getPrisma());
  return db.municipality.findMany({ select: { code: true, name: true }, orderBy: [{ position: "asc" }, { name: "asc" }] });
}

export async function loadMunicipality(
  code: string | undefined,
  locale: string,
  prisma?: PrismaClient,
): Promise<MunicipalityInfo | undefined> {
  if (code === undefined) return undefined;
  const db = prisma ?? (await getPrisma());
  const row = await db.municipality.findUnique({ where: { code } });
  if (!row) return undefined;
  const hasTeam = row.accessTeamName !== null || row.accessTeamPhone !== null;
  return {
    code: row.code,
    name: row.name,
    accessTeam: hasTeam
      ? { name: localise(row.accessTeamName, locale), phone: row.accessTeamPhone ?? undefined, website: row.accessTeamWebsite ?? undefined }
      : undefined,
  };
}

/** The active services of one municipality, in the catalogue's order, ready for matching. */
export async function loadServicesForMatching(
  municipalityCode: string,
  locale: string,
  prisma?: PrismaClient,
): Promise<VraagwijzerService[]> {
  const db = prisma ?? (await getPrisma());
  const rows = await db.service.findMany({
    where: { status: "active", serviceAreas: { some: { municipalityCode } } },
    select: {
      id: true,
      name: true,
      description: true,
      languages: true,
      minimumAge: true,
      maximumAge: true,
      handlesComplex: true,
      acceptingNewClients: true,
      waitingDays: true,
      backupServiceId: true,
      organization: { select: { name: true, isCareProvider: true, isAccessTeam: true } },
      serviceAreas: { select: { municipalityCode: true } },
      attributes: { select: { term: { select: { taxonomyId: true, code: true } } } },
      supporters: {
        select: { id: true, displayName: true, languages: true, livedExperience: { select: { term: { select: { code: true } } } } },
        orderBy: { position: "asc" },
      },
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  const services: VraagwijzerService[] = [];
  for (const row of rows) {
    const name = localise(row.name, locale);
    if (name === undefined) continue; // the importer requires a Dutch name: a record without one is a data fault
    const terms = row.attributes.map((attribute) => attribute.term);
    const organisation = independence(row.organization);
    services.push({
      id: row.id,
      name,
      description: localise(row.description, locale),
      organisationName: row.organization.name,
      independence: organisation,
      kind: kindOf(terms),
      independent: organisation.independent,
      active: true,
      municipalities: row.serviceAreas.map((area) => area.municipalityCode),
      domains: termsOf(row.attributes, "co-domain"),
      targetGroups: termsOf(row.attributes, "co-target-group"),
      attending: termsOf(row.attributes, "co-attending"),
      languages: row.languages,
      minimumAge: row.minimumAge,
      maximumAge: row.maximumAge,
      handlesComplex: row.handlesComplex,
      acceptingNewClients: row.acceptingNewClients,
      waitingDays: row.waitingDays,
      backupServiceId: row.backupServiceId,
      supporters: row.supporters.map((supporter) => ({
        id: supporter.id,
        displayName: supporter.displayName,
        languages: supporter.languages,
        livedExperience: supporter.livedExperience.map((item) => item.term.code),
      })),
    });
  }
  return services;
}
