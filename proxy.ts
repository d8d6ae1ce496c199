import createMiddleware from "next-intl/middleware";
import { NextRequest, type NextResponse } from "next/server";
import { routing } from "@/i18n/routing";
import { PAGE_PATH_HEADER } from "@/lib/http/page-path";
import { refusedRequest } from "@/lib/http/refused-request";

const handleI18nRouting = createMiddleware(routing);

/**
 * A strict Content Security Policy: only scripts and styles that carry this request's
 * nonce (Next.js adds it to its own tags) or come from this site may run, and no inline
 * event handlers. Every page is rendered per request, so each gets a fresh nonce.
 */
function contentSecurityPolicy(nonce: string): string {
  const development = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server stacks; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // The development overlay injects styles without a nonce.
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export default function proxy(request: NextRequest): NextResponse | Response {
  // TRACE, and bodies over 1 MB: a 4xx before any work.
  const early = refusedRequest(request);
  if (early) return early;
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce);

  // Next.js reads the nonce from the request's CSP header while rendering. next-intl
  // forwards the headers of the request it is given, so it gets a copy with the policy;
  // the copy has no body, which next-intl never reads.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  // The page's path for server components (a form kept after sign-in comes back only on its own page:
  // lib/actions/kept-input.ts); set here, so a copy the client sent never counts.
  headers.set(PAGE_PATH_HEADER, request.nextUrl.pathname);
  const response = handleI18nRouting(new NextRequest(request.url, { method: request.method, headers }));

  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    // Pages: not API routes, Next.js internals, or files with an extension (public/).
    "/((?!api|_next|_vercel|.*\\..*).*)",
    // Anything under a locale, so a 404 for /en/oud.pdf is still in English.
    // Matchers must be literals: keep this list equal to routing.locales.
    "/(nl|en)/:path*",
  ],
};
