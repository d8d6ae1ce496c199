import "server-only";
import { getPrisma } from "@/lib/db/client";
import { listUsers } from "@/lib/auth/users";
import { listOrganizations } from "@/lib/catalogue/service-summary";

/** What the admin pages show, as plain objects in the visitor's language. */
export async function accounts() {
  const prisma = await getPrisma();
  const [users, organizations] = await Promise.all([
    listUsers(prisma),
    listOrganizations(prisma),
  ]);
  return { users, organizations };
}

/** The vraagwijzer's anonymous use figures over the last `days` whole days, today included. */
export async function usageFiguresForLastDays(days: number) {
  const { usageReport } = await import("@/lib/usage/report");
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const from = new Date(today.getTime() - (days - 1) * 86_400_000);
  return usageReport(await getPrisma(), { from, to: today });
}
