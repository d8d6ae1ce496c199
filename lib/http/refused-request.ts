import { isSameOrigin } from "./public-origin";
import { bodyLimitFor, declaredTooLarge } from "./request-body";

export const ALLOWED_METHODS = "GET, HEAD, POST";

/** Next.js cannot even build a request object for these: the portal's server answers them first. */
export const isRefusedMethod = (method: string | undefined): boolean => method === "TRACE" || method === "TRACK";

/**
 * Requests answered with a 4xx before any page work (proxy.ts): TRACE and TRACK echo a
 * request, headers and all, and are not allowed; a body declared over 1 MB (3 MB where a
 * supporter's photo is uploaded) is refused
 * unread (Next.js itself buffers at most that much for the proxy, see next.config.ts);
 * a post from another site's page (a server action, a counted choice) is forbidden:
 * Next.js would refuse a cross-origin action too, but with a 500.
 */
export function refusedRequest(request: Pick<Request, "method" | "headers"> & { nextUrl?: { pathname: string } }): Response | undefined {
  if (isRefusedMethod(request.method)) return new Response(null, { status: 405, headers: { Allow: ALLOWED_METHODS } });
  if (declaredTooLarge(request.headers, bodyLimitFor(request.nextUrl?.pathname ?? ""))) return new Response(null, { status: 413 });
  if (request.method === "POST" && !isSameOrigin(request.headers)) return new Response(null, { status: 403 });
  return undefined;
}
