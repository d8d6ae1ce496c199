import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { getPrisma } from "@/lib/db/client";
import { PAGE_PATH_HEADER } from "@/lib/http/page-path";
import { PENDING_PAGES } from "./pending";
import { returnPath } from "./return-path";
import { hasRole, type Actor, type PendingStep, type Role } from "./roles";
import { actorForToken, endSessionOfToken, sessionCookie } from "./session";

/** The signed-in user of this request, or null; looked up once per request. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const token = (await cookies()).get(sessionCookie().name)?.value;
  return actorForToken(await getPrisma(), token);
});

/**
 * For every protected page: the actor when allowed; otherwise to the sign-in page (which
 * explains that this page needs another role when someone is signed in). A redirect is
 * rendered on the server, so this works without JavaScript. Someone signed out comes back
 * to this page after signing in (`terug`). Someone in the middle of
 * signing in (a code, a new password, the second factor to set up) is sent to that step,
 * unless this page is where it is taken (`during`).
 */
export async function requireRole(roles: readonly Role[], during: readonly PendingStep[] = []): Promise<Actor> {
  const actor = await currentActor();
  if (actor?.pending && !during.includes(actor.pending)) return redirect({ href: PENDING_PAGES[actor.pending], locale: await getLocale() });
  if (hasRole(actor, roles, during)) return actor;
  const locale = await getLocale();
  // Signed out: back to this page after signing in (a checked path; proxy.ts names it).
  const back = actor ? undefined : returnPath((await headers()).get(PAGE_PATH_HEADER));
  return redirect({ href: { pathname: "/inloggen", query: actor ? { geweigerd: "1" } : back ? { terug: back } : {} }, locale });
}

/** After a sign-in: the browser's previous session (if any) ends, the new one takes its place. */
export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  const jar = await cookies();
  const cookie = sessionCookie();
  const previous = jar.get(cookie.name)?.value;
  if (previous !== token) await endSessionOfToken(await getPrisma(), previous);
  jar.set({ ...cookie, value: token, expires: expiresAt });
}

export async function clearSessionCookie(): Promise<void> {
  const { name, path, secure } = sessionCookie();
  (await cookies()).delete({ name, path, secure });
}
