import type { Independence } from "./independence";
import type { AttendedSchedule } from "./schedule";
import type { ServiceStatus } from "./visibility";
import type { Kind } from "./vocabulary";

/**
 * The catalogue as lib/catalogue/queries.ts reads it: plain data in every language the
 * catalogue gives (texts are {nl, en, …} values), the same for every visitor and cached
 * per catalogue revision. Per-page shapes (./shapes) pick the visitor's language.
 */
export type CatalogueSupporter = {
  id: string;
  displayName: string;
  languages: string[];
  /** co-lived-experience codes. */
  livedExperience: string[];
};

/** A schedule as lists show it: its hours, how they are attended, and the place. */
export type CatalogueSchedule = AttendedSchedule & { place: { name: string; address: PlaceAddress | undefined } };

export type PlaceAddress = { line: string; postalCode: string | null; city: string | null };

/** One service, with what lists, filters, matching and the lookup need. */
export type CatalogueService = {
  id: string;
  name: unknown;
  description: unknown;
  status: ServiceStatus;
  organizationName: string;
  independence: Independence;
  independent: boolean;
  municipalities: string[];
  kind: Kind | undefined;
  domains: string[];
  targetGroups: string[];
  attending: string[];
  credentials: string[];
  /** The languages the service is given in: its own and those its supporters speak. */
  languages: string[];
  /** The languages the catalogue names for the service itself. */
  serviceLanguages: string[];
  minimumAge: number | null;
  maximumAge: number | null;
  acceptingNewClients: boolean | null;
  temporarilyClosed: boolean;
  /** While temporarily closed: why (catalogue text, every language) and the day it opens again (YYYY-MM-DD), as its provider gave them. */
  closedReason: unknown;
  reopensOn: string | null;
  waitingDays: number | null;
  handlesComplex: boolean;
  /** YYYY-MM-DD: the day a person last checked the information. */
  assuredDate: string | null;
  backupServiceId: string | null;
  /** Every schedule of every place, with how it is attended and where (schedule.ts, attendanceOf). */
  schedules: CatalogueSchedule[];
  supporters: CatalogueSupporter[];
};

export type CatalogueMunicipality = {
  code: string;
  name: string;
  accessTeam: { name: unknown; phone: string | null; website: string | null; description: unknown } | undefined;
};

export type CatalogueSnapshot = {
  revision: number;
  /**
   * The client support residents see (./visibility.ts: isClientSupport), in the
   * catalogue's order; temporarily closed services after the open ones.
   */
  services: CatalogueService[];
  /** Inactive and defunct client support: for the staff lookup only. */
  unlisted: CatalogueService[];
  /** Visible services of the municipality's access team: never listed as client support, see AccessTeamBlock. */
  accessTeam: CatalogueService[];
  municipalities: CatalogueMunicipality[];
  /** Names of terms outside the standard vocabularies (credentials), keyed "taxonomy:code". */
  termNames: Map<string, unknown>;
};

export type PhoneRecord = { number: string; type: string | null; description: unknown };

/** A place where a service is given; `T` is how texts are held (every language here, one in a page's shape). */
export type PlaceOf<T, TItem = T> = {
  name: string;
  virtual: boolean;
  url: string | null;
  address: PlaceAddress | undefined;
  description: T;
  serviceNote: T;
  transportation: T;
  accessibility: TItem[];
  schedules: Array<AttendedSchedule & { description: T }>;
};

export type LocationRecord = PlaceOf<unknown>;

/** Everything the service page, compare, the leaflet, the contact page and a handover show of one service. */
export type ServiceRecord = Omit<CatalogueService, "supporters"> & {
  applicationProcess: unknown;
  fees: unknown;
  eligibility: unknown;
  url: string | null;
  email: string | null;
  phones: PhoneRecord[];
  organization: { id: string; name: string; website: string | null; email: string | null; phones: PhoneRecord[] };
  /** Term names of the service's credentials, in the catalogue's order. */
  credentialNames: unknown[];
  municipalityNames: Array<{ code: string; name: string }>;
  locations: LocationRecord[];
  /** `photo`: the stored photo's file name (a new photo has a new one), which its address carries; null without a photo. */
  supporters: Array<CatalogueSupporter & { bio: unknown; photo: string | null; gender: string | null }>;
  backup: { id: string; name: unknown } | undefined;
};
