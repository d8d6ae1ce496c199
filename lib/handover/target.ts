import "server-only";
import { getPrisma } from "@/lib/db/client";
import { localise, type LocalisedText } from "@/lib/catalogue/view";

/** The service a handover goes to, as the handover page shows it; null for an unknown id. */
export type HandoverTarget = {
  id: string;
  name: LocalisedText;
  status: string;
  organisationName: string;
  supporters: { id: string; name: string }[];
};

export async function getHandoverTarget(serviceId: string, locale: string): Promise<HandoverTarget | null> {
  if (!/^[0-9a-f-]{36}$/i.test(serviceId)) return null;
  const prisma = await getPrisma();
  const service = await prisma.service.findUnique({
    where: { id: serviceId },
    select: { id: true, name: true, status: true, organization: { select: { name: true } }, supporters: { select: { id: true, displayName: true }, orderBy: { position: "asc" } } },
  });
  const name = service && localise(service.name, locale);
  if (!service || !name) return null;
  return {
    id: service.id,
    name,
    status: service.status,
    organisationName: service.organization.name,
    supporters: service.supporters.map((s) => ({ id: s.id, name: s.displayName })),
  };
}
