import type { Independence } from "../independence";
import { localise, type LocalisedText } from "../localise";
import type { ServiceRecord } from "../records";
import { isOpenStatus } from "../visibility";
import type { Kind } from "../vocabulary";

/** Every way to reach a service, for the contact page a resident reaches by choosing it. */
export type ContactSchedule = {
  freq: "WEEKLY" | "MONTHLY" | undefined;
  days: string[];
  opensAt: string | undefined;
  closesAt: string | undefined;
  description: LocalisedText | undefined;
};
export type ContactPlace = { name: string; address: string | undefined; description: LocalisedText | undefined; schedules: ContactSchedule[] };
export type ContactDetails = {
  id: string;
  name: LocalisedText;
  organizationName: string;
  kind: Kind | undefined;
  independence: Independence;
  phones: Array<{ number: string; description: LocalisedText | undefined }>;
  email: string | undefined;
  website: string | undefined;
  applicationProcess: LocalisedText | undefined;
  places: ContactPlace[];
  supporter: { id: string; displayName: string; bio: LocalisedText | undefined } | undefined;
};

/** Only web addresses become links; anything else in the catalogue (e.g. javascript:) is left out. */
export function webAddress(...candidates: Array<string | null>): string | undefined {
  return candidates.find((url): url is string => url !== null && /^https?:\/\//i.test(url));
}

/** The contact details of an open service (only an active service can be asked for contact); undefined otherwise. */
export function toContactDetails(record: ServiceRecord, supporterId: string | undefined, locale: string): ContactDetails | undefined {
  const name = localise(record.name, locale);
  if (!name || !isOpenStatus(record.status)) return undefined;
  const phones = record.phones.length > 0 ? record.phones : record.organization.phones;
  const supporter = record.supporters.find((item) => item.id === supporterId);
  return {
    id: record.id,
    name,
    organizationName: record.organization.name,
    kind: record.kind,
    independence: record.independence,
    phones: phones.map((phone) => ({ number: phone.number, description: localise(phone.description, locale) })),
    email: record.email ?? record.organization.email ?? undefined,
    website: webAddress(record.url, record.organization.website),
    applicationProcess: localise(record.applicationProcess, locale),
    places: record.locations.map((place) => ({
      name: place.name,
      address: !place.virtual && place.address
        ? [place.address.line, [place.address.postalCode, place.address.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || undefined
        : undefined,
      description: localise(place.serviceNote, locale),
      schedules: place.schedules.map((schedule) => ({
        freq: schedule.freq ?? undefined,
        days: schedule.byday ? schedule.byday.split(",").map((day) => day.trim()) : [],
        opensAt: schedule.opensAt ?? undefined,
        closesAt: schedule.closesAt ?? undefined,
        description: localise(schedule.description, locale),
      })),
    })),
    supporter: supporter ? { id: supporter.id, displayName: supporter.displayName, bio: localise(supporter.bio, locale) } : undefined,
  };
}
