import "server-only";
import { getPrisma } from "@/lib/db/client";
import { listOrganizations } from "@/lib/catalogue/service-summary";
import { listLinkRequests } from "./oidc-links";
import { listUsers } from "./users";

/** The administrators' accounts page: every account, the organizations a provider account can belong to, and links waiting for confirmation. */
export async function accountsOverview() {
  const prisma = await getPrisma();
  const [users, organizations, linkRequests] = await Promise.all([listUsers(prisma), listOrganizations(prisma), listLinkRequests(prisma)]);
  return { users, organizations, linkRequests };
}
