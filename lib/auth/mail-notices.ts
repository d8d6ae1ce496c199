import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit/audit";

type Client = Prisma.TransactionClient | PrismaClient;

/**
 * The addresses the notices of requests go to (lib/contact-requests/notices.ts): a
 * provider may opt in to a mail on every new request for their organization; a staff
 * member hears of the steps of the handovers they follow up. Disabled accounts get none.
 */
export async function optedInProviderAddresses(db: Client, organizationId: string): Promise<string[]> {
  const users = await db.user.findMany({ where: { role: "provider", organizationId, mailNotices: true, disabledAt: null }, select: { email: true } });
  return users.map((user) => user.email);
}

export async function activeUserAddress(db: Client, userId: string): Promise<string | undefined> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, disabledAt: true } });
  return user && !user.disabledAt ? user.email : undefined;
}

export async function mailNoticesOn(db: Client, userId: string): Promise<boolean> {
  return (await db.user.findUnique({ where: { id: userId }, select: { mailNotices: true } }))?.mailNotices ?? false;
}

/** A provider's own choice on their account page (audited). */
export async function setMailNotices(prisma: PrismaClient, userId: string, on: boolean): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { mailNotices: on } });
    await audit(tx, { actorUserId: userId, action: on ? "account.mail-notices.on" : "account.mail-notices.off", subjectType: "User", subjectId: userId });
  });
}
