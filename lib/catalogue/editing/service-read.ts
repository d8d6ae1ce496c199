import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Location, Organization } from "../interchange/schema";
import { TAXONOMY } from "../vocabulary";
import { editableRecord } from "./drafts";
import { previewReferences, previewServiceRecord, type PreviewContext } from "./preview";
import { publishedRecord } from "./records";
import { listServices, type ServiceListFilters } from "./service-list";

/**
 * What the editor's service pages read (pages never see Prisma): the list, the choices
 * the service form offers (stored organisations, places, municipalities, terms), and a
 * draft as residents would see it.
 */
export async function servicesForEditing(filters: ServiceListFilters) {
  return listServices(await getPrisma(), filters);
}

/** The municipalities to filter the list by. */
export async function municipalityChoices() {
  return (await getPrisma()).municipality.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
}

/** The choices of the service form; `serviceId` is left out of the backup services. */
export async function serviceFormChoices(serviceId: string | undefined) {
  const db = await getPrisma();
  const [organizations, municipalities, taxonomies, locations, formal] = await Promise.all([
    db.organization.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.municipality.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    db.taxonomy.findMany({
      // Lived experience belongs to a supporter, not to a service.
      where: { id: { not: TAXONOMY.livedExperience } },
      select: { id: true, name: true, terms: { select: { code: true, name: true }, orderBy: { position: "asc" } } },
      orderBy: { position: "asc" },
    }),
    db.location.findMany({ select: { id: true, name: true, city: true }, orderBy: { name: "asc" } }),
    db.service.findMany({
      where: { attributes: { some: { term: { taxonomyId: TAXONOMY.kind, code: "formal" } } }, ...(serviceId ? { id: { not: serviceId } } : {}) },
      select: { id: true, name: true },
      orderBy: { position: "asc" },
    }),
  ]);
  // The kind first: exactly one, so the form asks it as one question.
  taxonomies.sort((a, b) => Number(b.id === TAXONOMY.kind) - Number(a.id === TAXONOMY.kind));
  return { organizations, municipalities, taxonomies, locations, formal };
}

export type ServiceFormChoices = Awaited<ReturnType<typeof serviceFormChoices>>;

/** What the draft's references are, published as they are now. */
export async function previewContext(db: PrismaClient, draft: unknown): Promise<PreviewContext> {
  const refs = previewReferences(draft);
  const [organization, locations, municipalities, credentials, backup, closure] = await Promise.all([
    refs ? publishedRecord(db, "organization", refs.organizationId) : null,
    Promise.all((refs?.locationIds ?? []).map((id) => publishedRecord(db, "location", id))),
    db.municipality.findMany({ where: { code: { in: refs?.municipalityCodes ?? [] } }, select: { code: true, name: true } }),
    db.taxonomyTerm.findMany({ where: { taxonomyId: TAXONOMY.credential }, select: { code: true, name: true } }),
    refs?.backupServiceId ? db.service.findUnique({ where: { id: refs.backupServiceId }, select: { id: true, name: true, status: true } }) : null,
    refs ? db.service.findUnique({ where: { id: refs.serviceId }, select: { closedReason: true, reopensOn: true } }) : null,
  ]);
  const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((record) => [record.id, record]));
  return {
    organizations: byId(organization ? [organization.record as Organization] : []),
    locations: byId(locations.flatMap((found) => (found ? [found.record as Location] : []))),
    municipalityNames: new Map(municipalities.map((m) => [m.code, m.name])),
    termNames: new Map(credentials.map((t) => [`${TAXONOMY.credential}:${t.code}`, t.name])),
    backup: backup ? { id: backup.id, name: backup.name, status: backup.status } : undefined,
    closure: { reason: closure?.closedReason ?? null, reopensOn: closure?.reopensOn?.toISOString().slice(0, 10) ?? null },
  };
}

/** A service's draft (or, without one, its published record) as the record residents' pages show. */
export async function servicePreview(serviceId: string) {
  const db = await getPrisma();
  const editing = await editableRecord(db, "service", serviceId);
  if (editing.record === null) return undefined;
  const record = previewServiceRecord(editing.record, await previewContext(db, editing.record));
  return record ? { record, hasDraft: editing.draft !== null } : undefined;
}
