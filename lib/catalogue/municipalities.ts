import "server-only";
import type * as Db from "@/lib/generated/prisma/client";
import { getCatalogueRevision } from "./revision";
import { RevisionCache } from "./revision-cache";
import { localise, type LocalisedText } from "./view";

export type MunicipalityDetail = {
  code: string;
  name: string;
  accessTeam: { name: LocalisedText | undefined; phone: string | null; website: string | null; description: LocalisedText | undefined } | undefined;
};

const cache = new RevisionCache<MunicipalityDetail[]>(4);

/** All municipalities with their wijkteam / Toegang, in the catalogue's order; cached per catalogue revision. */
export async function listMunicipalityDetails(prisma: Db.PrismaClient, locale: string): Promise<MunicipalityDetail[]> {
  return cache.get(locale, await getCatalogueRevision(prisma), () => load(prisma, locale));
}

async function load(prisma: Db.PrismaClient, locale: string): Promise<MunicipalityDetail[]> {
  const rows = await prisma.municipality.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] });
  return rows.map((m) => {
    const name = localise(m.accessTeamName, locale);
    const hasTeam = name !== undefined || m.accessTeamPhone !== null || m.accessTeamWebsite !== null;
    return {
      code: m.code,
      name: m.name,
      accessTeam: hasTeam
        ? { name, phone: m.accessTeamPhone, website: m.accessTeamWebsite, description: localise(m.accessTeamDescription, locale) }
        : undefined,
    };
  });
}
