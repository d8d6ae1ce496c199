import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db/client";
import { providerService, providerServices, type ProviderServiceRow, type ProviderServiceView } from "./availability";
import { proposalStart, type ProposalStart } from "./provider-proposal";

/** What the provider's pages read: only the signed-in provider's own organization's services. */
export async function ownServices(actor: Actor, now = new Date()): Promise<ProviderServiceRow[]> {
  return providerServices(await getPrisma(), actor.organizationId, now);
}

export async function ownService(actor: Actor, serviceId: string, now = new Date()): Promise<{ service: ProviderServiceView; proposal: ProposalStart } | null> {
  const prisma = await getPrisma();
  const service = await providerService(prisma, actor.organizationId, serviceId, now);
  if (!service) return null;
  const proposal = await proposalStart(prisma, actor, service.id);
  return proposal ? { service, proposal } : null;
}
