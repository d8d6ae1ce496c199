import { createHash, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { pendingStep } from "./pending";
import type { Actor } from "./roles";

/**
 * Sessions live in the database. The browser holds a random token; the database holds
 * only its SHA-256, so a copy of the table cannot be used to sign in.
 */
export const SESSION_COOKIE = "portal_session";
export const SESSION_HOURS = 12;

export function sessionId(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(prisma: PrismaClient, userId: string, userAgent?: string | null, now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await prisma.session.create({
    data: { id: sessionId(token), userId, userAgent: userAgent?.slice(0, 300) ?? null, expiresAt, createdAt: now, lastSeenAt: now },
  });
  return { token, expiresAt };
}

/** The actor behind a token, or null when the session is unknown, expired or the account disabled. */
export async function actorForToken(prisma: PrismaClient, token: string | undefined, now = new Date(), requireTotp = env().requireTotp): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const session = await prisma.session.findUnique({
    where: { id: sessionId(token) },
    include: {
      user: {
        select: { id: true, email: true, name: true, role: true, organizationId: true, disabledAt: true, mustChangePassword: true, passwordHash: true, totpEnabledAt: true },
      },
    },
  });
  if (!session || session.expiresAt <= now || session.user.disabledAt) return null;
  // Writing lastSeenAt on every request would cost a write per page; once a minute is enough.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { user } = session;
  const pending = pendingStep(
    { needsSecondFactor: session.needsSecondFactor, mustChangePassword: user.mustChangePassword, hasPassword: user.passwordHash !== null, totpOn: user.totpEnabledAt !== null },
    requireTotp,
  );
  return { id: user.id, email: user.email, name: user.name, role: user.role, organizationId: user.organizationId, sessionId: session.id, pending };
}

export async function endSession(prisma: PrismaClient, id: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id } });
}

/** Sign-out everywhere: every session of the user, on every device. */
export async function endAllSessions(prisma: PrismaClient, userId: string): Promise<number> {
  return (await prisma.session.deleteMany({ where: { userId } })).count;
}

/** Secure when the visitor reached us over HTTPS, directly or through a proxy that says so. */
export function cookieIsSecure(headers: { get(name: string): string | null }, url?: string): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (forwarded) return forwarded === "https";
  return url?.startsWith("https:") ?? false;
}

/** Ended sessions hold a user agent and a time of use: they go once expired. */
export async function deleteExpiredSessions(prisma: Prisma.TransactionClient, now = new Date()): Promise<number> {
  return (await prisma.session.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
