import "server-only";
import { independence, kindOf, localise, type Independence, type Kind, type LocalisedText } from "@/lib/catalogue/view";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Every way to reach a service, for the contact page a resident reaches by choosing it. */
export type ContactSchedule = {
  freq: "WEEKLY" | "MONTHLY" | undefined;
  days: string[];
  opensAt: string | undefined;
  closesAt: string | undefined;
  description: LocalisedText | undefined;
};
export type ContactPlace = {
  name: string;
  address: string | undefined;
  description: LocalisedText | undefined;
  schedules: ContactSchedule[];
};
export type ContactDetails = {
  id: string;
  name: LocalisedText;
  organisationName: string;
  kind: Kind | undefined;
  independence: Independence;
  phones: Array<{ number: string; description: LocalisedText | undefined }>;
  email: string | undefined;
  website: string | undefined;
  applicationProcess: LocalisedText | undefined;
  places: ContactPlace[];
  supporter: { id: string; displayName: string; bio: LocalisedText | undefined } | undefined;
};

export async function loadContactDetails(
  serviceId: string,
  supporterId: string | undefined,
  locale: string,
  prisma?: PrismaClient,
): Promise<ContactDetails | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(serviceId)) return undefined;
  const db = prisma ?? (await getPrisma());
  const row = await db.service.findFirst({
    where: { id: serviceId, status: "active" },
    include: {
      organization: { include: { phones: { orderBy: { position: "asc" } } } },
      phones: { orderBy: { position: "asc" } },
      attributes: { include: { term: true } },
      supporters: { orderBy: { position: "asc" } },
      serviceAtLocations: {
        orderBy: { position: "asc" },
        include: { location: true, schedules: { orderBy: { position: "asc" } } },
      },
    },
  });
  const name = row ? localise(row.name, locale) : undefined;
  if (!row || !name) return undefined;
  const phones = row.phones.length > 0 ? row.phones : row.organization.phones;
  const supporter = row.supporters.find((item) => item.id === supporterId);
  return {
    id: row.id,
    name,
    organisationName: row.organization.name,
    kind: kindOf(row.attributes.map((attribute) => attribute.term)),
    independence: independence(row.organization),
    phones: phones.map((phone) => ({ number: phone.number, description: localise(phone.description, locale) })),
    email: row.email ?? row.organization.email ?? undefined,
    // Only web addresses become links; anything else in the catalogue (e.g. javascript:) is left out.
    website: [row.url, row.organization.website].find((url) => url !== null && /^https?:\/\//i.test(url)) ?? undefined,
    applicationProcess: localise(row.applicationProcess, locale),
    places: row.serviceAtLocations.map((place) => ({
      name: place.location.name,
      address:
        place.location.locationType === "physical"
          ? [place.location.address1, [place.location.postalCode, place.location.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || undefined
          : undefined,
      description: localise(place.description, locale),
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
