import { localise, type LocalisedText } from "@/lib/catalogue/localise";
import type { Independence } from "@/lib/catalogue/independence";
import type { CatalogueService } from "@/lib/catalogue/records";
import type { AttendedSchedule } from "@/lib/catalogue/schedule";
import { isOpenStatus } from "@/lib/catalogue/visibility";
import type { MatchService } from "@/lib/matching/types";

/**
 * The vraagwijzer adapts the catalogue to matching's own input type: matching never
 * sees the catalogue's records, and the pages get names in the visitor's language.
 */
export type VraagwijzerService = MatchService & {
  name: LocalisedText;
  description: LocalisedText | undefined;
  organizationName: string;
  independence: Independence;
  /** Walk-in times, for the next walk-in the summary shows. */
  schedules: readonly AttendedSchedule[];
};

export function toMatchService(service: CatalogueService, locale: string): VraagwijzerService | undefined {
  const name = localise(service.name, locale);
  // The importer requires a Dutch name: a record without one is a data fault, left out.
  if (name === undefined) return undefined;
  return {
    id: service.id,
    name,
    description: localise(service.description, locale),
    organizationName: service.organizationName,
    independence: service.independence,
    kind: service.kind,
    independent: service.independent,
    accessTeam: !service.independence.independent && service.independence.reason === "access-team",
    active: isOpenStatus(service.status),
    municipalities: service.municipalities,
    domains: service.domains,
    targetGroups: service.targetGroups,
    attending: service.attending,
    languages: service.serviceLanguages,
    minimumAge: service.minimumAge,
    maximumAge: service.maximumAge,
    handlesComplex: service.handlesComplex,
    acceptingNewClients: service.acceptingNewClients,
    waitingDays: service.waitingDays,
    backupServiceId: service.backupServiceId,
    supporters: service.supporters,
    schedules: service.schedules,
  };
}

export function toMatchServices(services: readonly CatalogueService[], locale: string): VraagwijzerService[] {
  return services.flatMap((service) => toMatchService(service, locale) ?? []);
}
