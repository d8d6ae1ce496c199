import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit/audit";

/**
 * An identity from the identity provider is linked to an account by issuer and subject
 * only. When its e-mail address matches an existing local account, it is never linked
 * silently: the provider must say the address is verified, and then an admin confirms
 * on the accounts page. Until then signing in through the provider is refused.
 */
export type Identity = { issuer: string; subject: string };

/** Asks an admin to link this identity to the local account; one pending request per account. */
export async function requestLink(prisma: PrismaClient, userId: string, identity: Identity): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.oidcLinkRequest.deleteMany({ where: { OR: [{ userId }, { oidcIssuer: identity.issuer, oidcSubject: identity.subject }] } });
    await tx.oidcLinkRequest.create({ data: { userId, oidcIssuer: identity.issuer, oidcSubject: identity.subject } });
    await audit(tx, { actorUserId: null, action: "user.oidc-link-requested", subjectType: "User", subjectId: userId });
  });
}

/** The pending requests, for the accounts page: whose account, and since when. */
export async function listLinkRequests(prisma: PrismaClient) {
  const rows = await prisma.oidcLinkRequest.findMany({
    select: { userId: true, createdAt: true, user: { select: { email: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({ userId: row.userId, email: row.user.email, name: row.user.name, createdAt: row.createdAt }));
}

/**
 * An admin approves (the identity is linked: from then on it signs in to this account) or
 * refuses (the request is dropped). False when there is no such request, or when the
 * identity was meanwhile linked to another account.
 */
export async function decideLink(prisma: PrismaClient, userId: string, approve: boolean, actorUserId: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const request = await tx.oidcLinkRequest.findUnique({ where: { userId } });
    if (!request) return false;
    await tx.oidcLinkRequest.delete({ where: { userId } });
    if (approve) {
      const taken = await tx.user.findUnique({ where: { oidcIssuer_oidcSubject: { oidcIssuer: request.oidcIssuer, oidcSubject: request.oidcSubject } } });
      if (taken) return false;
      await tx.user.update({ where: { id: userId }, data: { oidcIssuer: request.oidcIssuer, oidcSubject: request.oidcSubject, version: { increment: 1 } } });
    }
    await audit(tx, { actorUserId, action: approve ? "user.oidc-link-approved" : "user.oidc-link-refused", subjectType: "User", subjectId: userId });
    return true;
  });
}

/** Requests nobody decided on are erased after the retention period (the hourly purge, lib/retention). */
export async function eraseOldLinkRequests(db: PrismaClient | Prisma.TransactionClient, days: number, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - days * 86_400_000);
  return (await db.oidcLinkRequest.deleteMany({ where: { createdAt: { lt: before } } })).count;
}
