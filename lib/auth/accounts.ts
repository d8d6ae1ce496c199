import "server-only";
import { getPrisma } from "@/lib/db/client";
import { listOrganizations } from "@/lib/catalogue/service-summary";
import { listUsers } from "./users";

/** The administrators' accounts page: every account, and the organizations a provider account can belong to. */
export async function accountsOverview() {
  const prisma = await getPrisma();
  const [users, organizations] = await Promise.all([listUsers(prisma), listOrganizations(prisma)]);
  return { users, organizations };
}
