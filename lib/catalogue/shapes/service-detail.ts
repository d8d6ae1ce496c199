import { genderLabel, vocabularyLabel } from "../labels";
import { localise, type LocalisedText } from "../localise";
import type { PlaceOf, ServiceRecord } from "../records";
import { EXPLAINED_CREDENTIAL_CODES, type ExplainedCredentialCode } from "../vocabulary";

type Text = LocalisedText | undefined;

export type LocationDetail = PlaceOf<Text, LocalisedText>;
export type ScheduleDetail = LocationDetail["schedules"][number];
export type SupporterDetail = {
  id: string;
  displayName: string;
  bio: Text;
  languages: string[];
  livedExperience: LocalisedText[];
  /** Carried in the photo's address, so a replaced photo is fetched anew (SupporterList); null without a photo. */
  photo: string | null;
  gender: string | null;
};
export type PhoneDetail = { number: string; type: string | null; description: Text };

/** Everything a service page, the compare page and the leaflet show of one service. */
export type ServiceDetail = Omit<
  ServiceRecord,
  | "name"
  | "description"
  | "applicationProcess"
  | "fees"
  | "eligibility"
  | "phones"
  | "organization"
  | "credentialNames"
  | "municipalityNames"
  | "municipalities"
  | "domains"
  | "targetGroups"
  | "attending"
  | "credentials"
  | "locations"
  | "supporters"
  | "backup"
> & {
  name: LocalisedText;
  description: Text;
  applicationProcess: Text;
  fees: Text;
  eligibility: Text;
  phones: PhoneDetail[];
  organization: { name: string; website: string | null };
  /** Labels in the visitor's language, in the catalogue's order. */
  domains: LocalisedText[];
  targetGroups: LocalisedText[];
  attending: Array<{ code: string; name: LocalisedText }>;
  credentials: LocalisedText[];
  /** The credentials the portal explains in a sentence (BCMB, Registerplein). */
  explainedCredentials: ExplainedCredentialCode[];
  municipalities: Array<{ code: string; name: string }>;
  locations: LocationDetail[];
  supporters: SupporterDetail[];
  backup: { id: string; name: LocalisedText } | undefined;
};

export function toServiceDetail(record: ServiceRecord, locale: string): ServiceDetail | undefined {
  const l = (value: unknown) => localise(value, locale);
  const name = l(record.name);
  if (!name) return undefined;
  const label = (group: "domain" | "targetGroup" | "attending" | "livedExperience", code: string): LocalisedText => ({
    text: vocabularyLabel(locale, group, code),
    lang: locale,
  });
  const backupName = record.backup ? l(record.backup.name) : undefined;
  const phone = (p: ServiceRecord["phones"][number]): PhoneDetail => ({ number: p.number, type: p.type, description: l(p.description) });
  return {
    ...record,
    name,
    description: l(record.description),
    applicationProcess: l(record.applicationProcess),
    fees: l(record.fees),
    eligibility: l(record.eligibility),
    phones: record.phones.map(phone),
    organization: { name: record.organization.name, website: record.organization.website },
    domains: record.domains.map((code) => label("domain", code)),
    targetGroups: record.targetGroups.map((code) => label("targetGroup", code)),
    attending: record.attending.map((code) => ({ code, name: label("attending", code) })),
    credentials: record.credentialNames.flatMap((value) => l(value) ?? []),
    explainedCredentials: EXPLAINED_CREDENTIAL_CODES.filter((code) => record.credentials.includes(code)),
    municipalities: record.municipalityNames,
    locations: record.locations.map((location) => ({
      ...location,
      description: l(location.description),
      serviceNote: l(location.serviceNote),
      transportation: l(location.transportation),
      accessibility: location.accessibility.flatMap((value) => l(value) ?? []),
      schedules: location.schedules.map((schedule) => ({ ...schedule, description: l(schedule.description) })),
    })),
    supporters: record.supporters.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      bio: l(p.bio),
      languages: p.languages,
      livedExperience: p.livedExperience.map((code) => label("livedExperience", code)),
      photo: p.photo,
      gender: p.gender ? genderLabel(locale, p.gender) : null,
    })),
    backup: record.backup && backupName ? { id: record.backup.id, name: backupName } : undefined,
  };
}
