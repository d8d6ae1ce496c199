import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "@/i18n/navigation";
import { keepDraft, sessionOwner, takeDraft } from "@/lib/auth/form-drafts";
import { currentActor } from "@/lib/auth/request";
import { returnPath } from "@/lib/auth/return-path";
import type { Actor } from "@/lib/auth/roles";
import { sessionCookie, sessionId } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/client";
import { PAGE_PATH_HEADER } from "@/lib/http/page-path";
import { servedOverHttps } from "@/lib/http/public-origin";
import { log } from "@/lib/log";
import { FORM_FIELD, PAGE_FIELD } from "./form-fields";
import type { RequestContext } from "./request-context";

/**
 * Forms that forgive (lib/auth/form-drafts.ts): a staff member whose session ended while
 * they typed loses nothing. Every form of the kit sends the page it is on (PAGE_FIELD)
 * and its id prefix (FORM_FIELD); a role action posted without a session keeps its
 * `keep` fields for the person whose session it was and sends them to sign in, with
 * that page as the way back. The same form on that page (proxy.ts tells server
 * components the path) then starts with what they typed.
 */

/**
 * The draft cookie: a random token only, never sent by another site (SameSite=Strict) or
 * read by a script (HttpOnly). It is for the whole site, not the form's path: after
 * sign-in Next.js renders the page redirected to within the sign-in request, whose
 * cookies are those of the sign-in page's path. The draft itself is bound to its page.
 */
function draftCookie(secure = servedOverHttps()) {
  return { name: secure ? "__Host-portal_draft" : "portal_draft", httpOnly: true, sameSite: "strict", secure, path: "/" } as const;
}

/**
 * The signed-in user of this post; without one, keeps what was typed and redirects to
 * sign-in ("U bent uitgelogd"). The owner of the session is read before the session
 * check, which deletes a session that has ended.
 */
export async function actorOrSignIn(action: string, context: RequestContext, keep: readonly string[]): Promise<Actor> {
  const jar = await cookies();
  const token = jar.get(sessionCookie().name)?.value;
  const prisma = await getPrisma();
  const owner = token && token.length <= 100 ? await sessionOwner(prisma, sessionId(token)) : null;
  const actor = await currentActor();
  if (actor) return actor;
  const page = returnPath(context.text(PAGE_FIELD));
  const kept = owner && page ? await keepDraft(prisma, { userId: owner, action, formKey: context.text(FORM_FIELD), values: context.values(keep), page }) : null;
  if (kept && page) {
    jar.set({ ...draftCookie(), value: kept.token, expires: kept.expiresAt });
    // Which action only: never a value, never the page (it names a service, not a person, but the log needs neither).
    log().info({ event: "form kept after session ended", action }, "a form was kept for after sign-in");
  }
  const query: Record<string, string> = { uitgelogd: kept ? "bewaard" : "sessie" };
  if (page) query.terug = page;
  return redirect({ href: { pathname: "/inloggen", query }, locale: context.locale });
}

/** The values kept for this form on this page for the signed-in user, once; null when none. */
export async function keptValues(action: string, formKey: string): Promise<Record<string, string> | null> {
  const token = (await cookies()).get(draftCookie().name)?.value;
  const page = returnPath((await headers()).get(PAGE_PATH_HEADER));
  if (!token || !page) return null;
  const actor = await currentActor();
  if (!actor || actor.pending) return null;
  return takeDraft(await getPrisma(), { token, userId: actor.id, page, action, formKey });
}
