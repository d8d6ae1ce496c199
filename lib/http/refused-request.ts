import { declaredTooLarge } from "./request-body";

/**
 * Requests answered with a 4xx before any page work (proxy.ts): TRACE and TRACK echo a
 * request, headers and all, and are not allowed; a body declared over 1 MB is refused
 * unread (Next.js itself buffers at most that much for the proxy, see next.config.ts).
 */
export function refusedRequest(request: Pick<Request, "method" | "headers">): Response | undefined {
  if (request.method === "TRACE" || request.method === "TRACK") {
    return new Response(null, { status: 405, headers: { Allow: "GET, HEAD, POST" } });
  }
  if (declaredTooLarge(request.headers)) return new Response(null, { status: 413 });
  return undefined;
}
