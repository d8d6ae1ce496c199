import { createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { servedOverHttps } from "@/lib/http/public-origin";
import { pendingStep } from "./pending";
import type { Actor } from "./roles";

/**
 * Sessions live in the database. The browser holds a random token; the database holds
 * only its SHA-256, so a copy of the table cannot be used to sign in. A session ends
 * after SESSION_IDLE_MINUTES without a request (sliding: each request, counted once a
 * minute, starts the time again), and after SESSION_HOURS whatever happens.
 */
export const SESSION_HOURS = 12;

/** Use is written at most once a minute, so the idle time is exact to a minute. */
const LAST_SEEN_STEP_MS = 60_000;

const idleMs = (minutes = env().sessionIdleMinutes) => minutes * 60_000;

/**
 * The session cookie. Over https (PUBLIC_ORIGIN) it is Secure and named `__Host-…`: the
 * browser then only accepts it from this exact host, over https, for the whole site, so
 * no other site on the municipality's domain can set or read it. Browsers refuse a
 * `__Host-` cookie without Secure, so on plain http (development, tests on 127.0.0.1)
 * the name has no prefix.
 */
export function sessionCookie(secure = servedOverHttps()) {
  return { name: secure ? "__Host-portal_session" : "portal_session", httpOnly: true, sameSite: "lax", secure, path: "/" } as const;
}

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

/**
 * The actor behind a token, or null when the session is unknown, idle too long, expired
 * or the account disabled; `pending` says which sign-in step is still open.
 */
export async function actorForToken(
  prisma: PrismaClient,
  token: string | undefined,
  now = new Date(),
  options: { idleMinutes?: number; requireTotp?: boolean } = {},
): Promise<Actor | null> {
  const { idleMinutes, requireTotp = env().requireTotp } = options;
  if (!token || token.length > 100) return null;
  const session = await prisma.session.findUnique({
    where: { id: sessionId(token) },
    include: {
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          extraRoles: true,
          organizationId: true,
          teamId: true,
          disabledAt: true,
          mustChangePassword: true,
          passwordHash: true,
          totpEnabledAt: true,
        },
      },
    },
  });
  if (!session || session.user.disabledAt) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (session.expiresAt <= now || idle >= idleMs(idleMinutes)) {
    await endSession(prisma, session.id);
    return null;
  }
  // Writing lastSeenAt on every request would cost a write per page; once a minute is enough.
  if (idle > LAST_SEEN_STEP_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { user } = session;
  const pending = pendingStep(
    { needsSecondFactor: session.needsSecondFactor, mustChangePassword: user.mustChangePassword, hasPassword: user.passwordHash !== null, totpOn: user.totpEnabledAt !== null },
    requireTotp,
  );
  const extraRoles = user.role === "admin" ? user.extraRoles : [];
  return { id: user.id, email: user.email, name: user.name, role: user.role, extraRoles, organizationId: user.organizationId, teamId: user.teamId, sessionId: session.id, pending };
}

export async function endSession(prisma: PrismaClient, id: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id } });
}

/** A new sign-in in a browser ends the session that browser held before (another account's too). */
export async function endSessionOfToken(prisma: PrismaClient, token: string | undefined): Promise<void> {
  if (token && token.length <= 100) await endSession(prisma, sessionId(token));
}

/** Sign-out everywhere: every session of the user, on every device. */
export async function endAllSessions(prisma: PrismaClient, userId: string): Promise<number> {
  return (await prisma.session.deleteMany({ where: { userId } })).count;
}

/** Ended sessions hold a user agent and a time of use: they go once expired or idle too long. */
export async function deleteExpiredSessions(prisma: Prisma.TransactionClient, now = new Date(), idleMinutes?: number): Promise<number> {
  const idleSince = new Date(now.getTime() - idleMs(idleMinutes));
  return (await prisma.session.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: idleSince } }] } })).count;
}
