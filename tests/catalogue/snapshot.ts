import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Every row of the catalogue tables, for "nothing changed" assertions: versions
 * and timestamps of records, and the ids of child rows (a list rewritten with
 * the same content still gets new ids).
 */
export async function snapshot(prisma: PrismaClient) {
  const byKey = <T>(rows: T[], key: (row: T) => string) => rows.sort((a, b) => key(a).localeCompare(key(b)));
  const id = (r: { id: string }) => r.id;
  return {
    municipalities: byKey(await prisma.municipality.findMany(), (r) => r.code),
    taxonomies: byKey(await prisma.taxonomy.findMany(), id),
    terms: byKey(await prisma.taxonomyTerm.findMany(), id),
    organizations: byKey(await prisma.organization.findMany(), id),
    identifiers: byKey(await prisma.organizationIdentifier.findMany(), id),
    phones: byKey(await prisma.phone.findMany(), id),
    locations: byKey(await prisma.location.findMany(), id),
    accessibility: byKey(await prisma.locationAccessibility.findMany(), id),
    services: byKey(await prisma.service.findMany(), id),
    areas: byKey(await prisma.serviceArea.findMany(), (r) => `${r.serviceId}${r.municipalityCode}`),
    attributes: byKey(await prisma.serviceAttribute.findMany(), (r) => `${r.serviceId}${r.termId}`),
    serviceAtLocations: byKey(await prisma.serviceAtLocation.findMany(), id),
    schedules: byKey(await prisma.schedule.findMany(), id),
    supporters: byKey(await prisma.supporter.findMany(), id),
    livedExperience: byKey(await prisma.supporterLivedExperience.findMany(), (r) => `${r.supporterId}${r.termId}`),
  };
}

export async function rowCount(prisma: PrismaClient): Promise<number> {
  const tables = Object.values(await snapshot(prisma));
  return tables.reduce((sum, rows) => sum + rows.length, 0);
}
