import "server-only";
import { getPrisma } from "@/lib/db/client";
import { localise } from "@/lib/catalogue/view";
import { listUsers } from "@/lib/auth/users";
import { getServiceInternal } from "./internal";

/** What the admin pages show, as plain objects in the visitor's language. */
export async function servicesForEditing(locale: string) {
  const prisma = await getPrisma();
  const services = await prisma.service.findMany({
    select: { id: true, name: true, status: true, organization: { select: { name: true } }, internal: { select: { updatedAt: true } } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  return services.map((s) => ({ id: s.id, name: localise(s.name, locale) ?? { text: s.id, lang: locale }, organisationName: s.organization.name, hasNotes: s.internal !== null }));
}

export async function serviceInternalFor(serviceId: string, locale: string) {
  const service = await getServiceInternal(await getPrisma(), serviceId);
  if (!service) return null;
  return { id: service.id, name: localise(service.name, locale) ?? { text: service.id, lang: locale }, internal: service.internal };
}

export async function accounts() {
  const prisma = await getPrisma();
  const [users, organisations] = await Promise.all([
    listUsers(prisma),
    prisma.organization.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { users, organisations };
}

/** The vraagwijzer's anonymous use figures over the last `days` whole days, today included. */
export async function usageFiguresForLastDays(days: number) {
  const { usageReport } = await import("@/lib/usage/report");
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const from = new Date(today.getTime() - (days - 1) * 86_400_000);
  return usageReport(await getPrisma(), { from, to: today });
}
